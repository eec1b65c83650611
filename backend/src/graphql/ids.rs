//! Opaque global IDs: `base64url("<Type>:<uuid>")`. Clients treat them as opaque; the server
//! learns the type from the ID, so `node(id:)` can resolve any object.

use async_graphql::ID;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use uuid::Uuid;

use crate::error::{AppError, AppResult};

/// Encodes a global ID.
pub fn encode(type_name: &str, id: Uuid) -> ID {
    ID(URL_SAFE_NO_PAD.encode(format!("{type_name}:{id}")))
}

/// Decodes a global ID into its type name and UUID. Malformed IDs are NOT_FOUND: to a client
/// a garbled ID and a missing object are the same thing.
pub fn decode(id: &ID) -> AppResult<(String, Uuid)> {
    let bytes = URL_SAFE_NO_PAD
        .decode(id.as_str())
        .map_err(|_| AppError::NotFound)?;
    let text = String::from_utf8(bytes).map_err(|_| AppError::NotFound)?;
    let (type_name, raw) = text.split_once(':').ok_or(AppError::NotFound)?;
    let uuid = Uuid::parse_str(raw).map_err(|_| AppError::NotFound)?;
    Ok((type_name.to_owned(), uuid))
}

/// Decodes a global ID that must be of `expected` type; reported under `path` when not.
pub fn decode_as(id: &ID, expected: &str, path: &str) -> AppResult<Uuid> {
    match decode(id) {
        Ok((type_name, uuid)) if type_name == expected => Ok(uuid),
        _ => Err(AppError::invalid(path, format!("not a {expected} id"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_global_id_round_trips_and_hides_its_parts() {
        let uuid = Uuid::now_v7();
        let id = encode("Firm", uuid);
        assert!(!id.as_str().contains("Firm"));
        assert_eq!(decode(&id).ok(), Some(("Firm".to_owned(), uuid)));
        assert!(decode_as(&id, "Tenant", "id").is_err());
        assert!(decode(&ID("garbage".into())).is_err());
    }
}
