//! A urlencoded form body as name/value pairs: repeated names (checkbox groups such as
//! `sector=a&sector=b`) are kept, which serde's struct decoding cannot do.

use axum::body::Bytes;

pub struct Fields(Vec<(String, String)>);

impl Fields {
    pub fn parse(body: &Bytes) -> Fields {
        Fields(url::form_urlencoded::parse(body).into_owned().collect())
    }

    /// From name/value pairs already decoded (a CSV row, a test).
    pub fn from_pairs(pairs: Vec<(String, String)>) -> Fields {
        Fields(pairs)
    }

    /// The first value of `name`, or "".
    pub fn get(&self, name: &str) -> &str {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("")
    }

    /// Every pair, in the order sent (for fields named by data, e.g. `answer-{id}`).
    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    pub fn all(&self, name: &str) -> Vec<String> {
        self.0.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).collect()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_repeats() {
        let f = super::Fields::parse(&"name=Vi%E1%BB%87n&sector=a&sector=b".into());
        assert_eq!(f.get("name"), "Viện");
        assert_eq!(f.all("sector"), vec!["a", "b"]);
        assert_eq!(f.get("missing"), "");
    }
}
