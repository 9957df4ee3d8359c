//! SQLite values as JSON, for history records: a row or a field's old and new value.

use rusqlite::types::Value;
use serde_json::Value as Json;

pub fn to_json(value: &Value) -> Json {
    match value {
        Value::Null => Json::Null,
        Value::Integer(i) => Json::from(*i),
        Value::Real(f) => Json::from(*f),
        Value::Text(s) => Json::from(s.as_str()),
        // The schema has no BLOB columns; kept lossless anyway.
        Value::Blob(bytes) => Json::from(bytes.clone()),
    }
}

pub fn from_json(json: &Json) -> Value {
    match json {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Integer(i64::from(*b)),
        Json::Number(n) => match n.as_i64() {
            Some(i) => Value::Integer(i),
            None => Value::Real(n.as_f64().unwrap_or_default()),
        },
        Json::String(s) => Value::Text(s.clone()),
        Json::Array(items) => Value::Blob(
            items
                .iter()
                .filter_map(|i| i.as_u64())
                .map(|b| b as u8)
                .collect(),
        ),
        Json::Object(_) => Value::Text(json.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip_through_json() {
        for value in [
            Value::Null,
            Value::Integer(-7),
            Value::Integer(i64::MAX),
            Value::Real(1.5),
            Value::Text("Örebro <b>\"x\"</b>".into()),
            Value::Blob(vec![0, 255, 7]),
        ] {
            assert_eq!(from_json(&to_json(&value)), value);
        }
    }
}
