//! A small validator for the JSON Schema subset the OpenAPI document uses ($ref, type with
//! "null", properties/required, items/prefixItems, enum, oneOf/anyOf/allOf, minimum/maximum),
//! so that real answers can be checked against the published document without a dependency.

use serde_json::Value;

/// Every place where `value` breaks `schema` (empty: it conforms).
pub fn errors(doc: &Value, schema: &Value, value: &Value) -> Vec<String> {
    let mut out = Vec::new();
    check(doc, schema, value, "$", &mut out);
    out
}

/// Follows a local `#/a/b` reference.
pub fn resolve<'a>(doc: &'a Value, reference: &str) -> Option<&'a Value> {
    let pointer = reference.strip_prefix('#')?;
    doc.pointer(pointer)
}

fn type_ok(ty: &str, v: &Value) -> bool {
    match ty {
        "null" => v.is_null(),
        "boolean" => v.is_boolean(),
        "integer" => v.is_i64() || v.is_u64(),
        "number" => v.is_number(),
        "string" => v.is_string(),
        "array" => v.is_array(),
        "object" => v.is_object(),
        _ => false,
    }
}

fn check(doc: &Value, schema: &Value, v: &Value, at: &str, out: &mut Vec<String>) {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        match resolve(doc, r) {
            Some(target) => check(doc, target, v, at, out),
            None => out.push(format!("{at}: unresolved {r}")),
        }
        return;
    }
    if let Some(ty) = schema.get("type") {
        let ok = match ty {
            Value::String(t) => type_ok(t, v),
            Value::Array(ts) => ts.iter().filter_map(Value::as_str).any(|t| type_ok(t, v)),
            _ => true,
        };
        if !ok {
            out.push(format!("{at}: {v} is not of type {ty}"));
            return;
        }
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array)
        && !values.contains(v)
    {
        out.push(format!("{at}: {v} is not one of {values:?}"));
    }
    if let Some(n) = v.as_f64() {
        if schema.get("minimum").and_then(Value::as_f64).is_some_and(|m| n < m) {
            out.push(format!("{at}: {n} below minimum"));
        }
        if schema.get("maximum").and_then(Value::as_f64).is_some_and(|m| n > m) {
            out.push(format!("{at}: {n} above maximum"));
        }
    }
    if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
        for s in all {
            check(doc, s, v, at, out);
        }
    }
    for (key, exactly_one) in [("oneOf", true), ("anyOf", false)] {
        if let Some(options) = schema.get(key).and_then(Value::as_array) {
            let passing = options.iter().filter(|s| errors(doc, s, v).is_empty()).count();
            if passing == 0 || (exactly_one && passing > 1) {
                out.push(format!("{at}: {passing} of the {key} options match {v}"));
            }
        }
    }
    if let Some(obj) = v.as_object() {
        if let Some(required) = schema.get("required").and_then(Value::as_array) {
            for name in required.iter().filter_map(Value::as_str) {
                if !obj.contains_key(name) {
                    out.push(format!("{at}: missing required {name}"));
                }
            }
        }
        let props = schema.get("properties").and_then(Value::as_object);
        for (name, value) in obj {
            match props.and_then(|p| p.get(name)) {
                Some(s) => check(doc, s, value, &format!("{at}.{name}"), out),
                None => match schema.get("additionalProperties") {
                    Some(Value::Bool(false)) => out.push(format!("{at}: unexpected property {name}")),
                    Some(s @ Value::Object(_)) => check(doc, s, value, &format!("{at}.{name}"), out),
                    _ => {}
                },
            }
        }
    }
    if let Some(items) = v.as_array() {
        let prefix = schema.get("prefixItems").and_then(Value::as_array);
        for (i, item) in items.iter().enumerate() {
            let s = prefix.and_then(|p| p.get(i)).or_else(|| schema.get("items").filter(|s| s.is_object()));
            if let Some(s) = s {
                check(doc, s, item, &format!("{at}[{i}]"), out);
            }
        }
    }
}

/// Every `$ref` anywhere in `v`.
pub fn refs(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                if k == "$ref"
                    && let Some(r) = child.as_str()
                {
                    out.push(r.to_string());
                }
                refs(child, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|c| refs(c, out)),
        _ => {}
    }
}
