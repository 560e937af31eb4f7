//! Each sector's technologies, one file per sector.

pub mod agriculture;
pub mod biotech_health;
pub mod construction_materials;
pub mod cultural_industry;
pub mod digital_ai_iot;
pub mod education;
pub mod electronics;
pub mod energy;
pub mod environment;
pub mod finance;
pub mod green_economy;
pub mod high_tech_industry;
pub mod logistics;
pub mod manufacturing;
pub mod smart_tourism;
