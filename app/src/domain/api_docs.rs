//! The API docs page's content, generated on the server from the OpenAPI document.
//! Texts that exist in both languages are `Text` (Vietnamese, English).

use super::dto::Text;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApiDocs {
    /// The site's public address, for the example requests.
    pub site: String,
    pub endpoints: Vec<EndpointDoc>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EndpointDoc {
    /// The operation id, used as the section's anchor.
    pub id: String,
    pub method: String,
    pub path: String,
    pub summary: Text,
    pub description: Text,
    pub params: Vec<ParamDoc>,
    /// (status, description in English)
    pub responses: Vec<(u16, String)>,
    /// A request that works on this site (path and query).
    pub example: String,
    /// Its real answer, pretty-printed and shortened.
    pub example_response: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ParamDoc {
    pub name: String,
    /// `query` or `path`.
    pub location: String,
    pub required: bool,
    /// The accepted values: codes, a range, or a type.
    pub values: String,
    pub description: Text,
}
