//! How a drafted organisation becomes rows: the organisation, its sectors, its profile.

use super::about::describe;
use super::batch::{Row, T};
use super::cx::{Cx, DAY, Slugs, ts};
use super::draft::{Draft, Extra};
use super::names::*;
use super::{Org, World, profiles};
use crate::backend::text::fold;

/// Inserts the organisation, its sectors and its kind's profile; returns its index.
pub(super) async fn add(cx: &mut Cx<'_>, w: &mut World, slugs: &mut Slugs, d: Draft) -> Result<usize, sqlx::Error> {
    let id = w.next.org;
    w.next.org += 1;
    let slug = slugs.make(&d.name_vi);
    let texts = describe(cx, w, &d);
    let english = cx.chance(0.88) || d.featured;
    let domain = {
        let mut s: String = slug.chars().take(40).collect();
        while s.ends_with('-') {
            s.pop();
        }
        s
    };
    let created = cx.instant(-700..-60);
    let updated = created + cx.range(0..90) * DAY;
    let verified = d.featured || cx.chance(0.38);
    let verified_at = verified.then(|| ts(created + cx.range(1..30) * DAY));
    let address = match d.place {
        Some(p) => format!("Số {}, đường {}, {}, tỉnh Ninh Bình", cx.range(1..400), cx.pick(STREETS), w.places[p].name),
        None => format!("Tầng {}, tòa nhà {}, phường Cầu Giấy, Hà Nội", cx.range(2..25), cx.pick(PLACES)),
    };
    let phone = format!("0229 555 {:04}", cx.range(0..10_000));
    let q = Row::new(T::Orgs)
        .bind(id)
        .bind(&slug)
        .bind(d.kind.as_str())
        .bind(&d.name_vi)
        .bind(english.then_some(&d.name_en))
        .bind(fold(&d.name_vi))
        .bind(&texts.short_vi)
        .bind(english.then_some(&texts.short_en))
        .bind(&texts.desc_vi)
        .bind(english.then_some(&texts.desc_en))
        .bind(w.place_code(d.place))
        .bind(address)
        .bind(d.year)
        .bind(format!("https://{domain}.example.com"))
        .bind(person(cx))
        .bind(format!("lienhe@{domain}.example.com"))
        .bind(phone)
        .bind(i64::from(verified))
        .bind(if verified { w.admin } else { None })
        .bind(verified_at)
        .bind(ts(created))
        .bind(ts(updated));
    cx.push(q).await?;
    for s in &d.sectors {
        cx.push(Row::new(T::OrgSectors).bind(id).bind(*s)).await?;
    }
    profiles::insert(cx, w, id, &d).await?;
    w.orgs.push(Org {
        id,
        kind: d.kind,
        name_vi: d.name_vi,
        sectors: d.sectors,
        place: d.place,
        stage: None,
        ticket: match &d.extra {
            Extra::Investor { min, max, .. } => (*min, *max),
            _ => (0, 0),
        },
        stages: match d.extra {
            Extra::Investor { stages, .. } => stages,
            _ => Vec::new(),
        },
        investor_type: None,
        members: Vec::new(),
    });
    w.report.organizations += 1;
    Ok(w.orgs.len() - 1)
}
