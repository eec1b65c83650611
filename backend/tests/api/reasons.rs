//! Every sentence the server says to a person is a `reason!("code", "English template", …)`.
//! This test collects them from the source into `frontend/src/i18n/server-codes.json`, the
//! list the web app's translations are checked against (its unit test fails when a code has no
//! Vietnamese or English text, or their placeholders differ from the template's). Refresh the
//! list with `UPDATE_SCHEMA=1 cargo nextest run -p clusterkeep reasons`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// One `reason!` call: its code, its template and the parameters it passes.
struct Call {
    file: String,
    code: String,
    template: String,
    params: BTreeSet<String>,
}

/// Reads a Rust string literal starting at `at` (the opening quote): its value and the index
/// after the closing quote.
fn string_literal(text: &[char], at: usize) -> Option<(String, usize)> {
    if text.get(at) != Some(&'"') {
        return None;
    }
    let mut value = String::new();
    let mut i = at + 1;
    while i < text.len() {
        match text[i] {
            '"' => return Some((value, i + 1)),
            '\\' => {
                i += 1;
                match text.get(i)? {
                    'n' => value.push('\n'),
                    't' => value.push('\t'),
                    '\n' => {
                        while text.get(i + 1).is_some_and(|c| c.is_whitespace()) {
                            i += 1;
                        }
                    }
                    other => value.push(*other),
                }
            }
            c => value.push(c),
        }
        i += 1;
    }
    None
}

fn skip_space(text: &[char], mut i: usize) -> usize {
    while text.get(i).is_some_and(|c| c.is_whitespace()) {
        i += 1;
    }
    i
}

/// The `reason!` calls of one source file.
fn calls_in(file: &str, source: &str) -> Vec<Call> {
    let text: Vec<char> = source.chars().collect();
    let needle: Vec<char> = "reason!(".chars().collect();
    let mut calls = Vec::new();
    let mut i = 0;
    while i + needle.len() <= text.len() {
        if text[i..i + needle.len()] != needle[..] {
            i += 1;
            continue;
        }
        let start = skip_space(&text, i + needle.len());
        let Some((code, after_code)) = string_literal(&text, start) else {
            i += 1;
            continue;
        };
        let comma = skip_space(&text, after_code);
        let Some((template, mut j)) = (text.get(comma) == Some(&','))
            .then(|| string_literal(&text, skip_space(&text, comma + 1)))
            .flatten()
        else {
            i += 1;
            continue;
        };
        // The rest of the call, to its closing parenthesis: `, name = value` pairs.
        let mut depth = 1;
        let rest_start = j;
        while j < text.len() && depth > 0 {
            match text[j] {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => depth -= 1,
                '"' => {
                    j = string_literal(&text, j).map_or(j, |(_, end)| end - 1);
                }
                _ => {}
            }
            j += 1;
        }
        let rest: String = text[rest_start..j.saturating_sub(1)].iter().collect();
        let params = top_level_names(&rest);
        calls.push(Call {
            file: file.to_owned(),
            code,
            template,
            params,
        });
        i = j;
    }
    calls
}

/// The `name` of each top-level `, name = value` in a macro call's tail.
fn top_level_names(rest: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut depth = 0;
    let mut piece = String::new();
    let mut pieces = Vec::new();
    for c in rest.chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                pieces.push(std::mem::take(&mut piece));
                continue;
            }
            _ => {}
        }
        piece.push(c);
    }
    pieces.push(piece);
    for piece in pieces {
        if let Some((name, _)) = piece.split_once('=') {
            let name = name.trim();
            if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                names.insert(name.to_owned());
            }
        }
    }
    names
}

/// The `{name}` placeholders of a template.
fn placeholders(template: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        let name = &after[..close];
        if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            names.insert(name.to_owned());
        }
        rest = &after[close + 1..];
    }
    names
}

fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().collect();
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push((
                path.display().to_string(),
                std::fs::read_to_string(&path).unwrap(),
            ));
        }
    }
}

#[test]
fn every_reason_has_one_template_and_its_parameters_and_is_listed_for_translation() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    sources(&root.join("src"), &mut files);
    let calls: Vec<Call> = files
        .iter()
        // The macro's own file documents it with an example call.
        .filter(|(file, _)| !file.ends_with("error/reason.rs"))
        .flat_map(|(file, source)| calls_in(file, source))
        .collect();
    assert!(calls.len() > 200, "found only {} reasons", calls.len());

    let mut problems = Vec::new();
    let mut codes: BTreeMap<String, String> = BTreeMap::new();
    for call in &calls {
        if call.code.is_empty()
            || !call
                .code
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            problems.push(format!(
                "{}: code {:?} is not snake_case",
                call.file, call.code
            ));
        }
        let wanted = placeholders(&call.template);
        if wanted != call.params {
            problems.push(format!(
                "{}: {} names {:?} in its template but passes {:?}",
                call.file, call.code, wanted, call.params
            ));
        }
        if let Some(earlier) = codes.insert(call.code.clone(), call.template.clone())
            && earlier != call.template
        {
            problems.push(format!(
                "{}: {} has two templates: {earlier:?} and {:?}",
                call.file, call.code, call.template
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    let list = serde_json::to_string_pretty(&codes).unwrap() + "\n";
    let path = root.join("../frontend/src/i18n/server-codes.json");
    if std::env::var("UPDATE_SCHEMA").as_deref() == Ok("1") {
        std::fs::write(&path, &list).unwrap();
        return;
    }
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        checked_in == list,
        "frontend/src/i18n/server-codes.json is stale: run \
         `UPDATE_SCHEMA=1 cargo nextest run -p clusterkeep reasons`, then give each new code its \
         Vietnamese and English text in frontend/src/i18n/reasons.vi.json and reasons.en.json"
    );
}

#[test]
fn the_scanner_reads_codes_templates_and_parameters() {
    let source = r#"
        let a = reason!("plot_leased", "plot {plot} is leased \
            until {until}", plot = p.code, until = f(x, y));
        let b = reason!(
            "amount_negative",
            "the amount cannot be negative"
        );
    "#;
    let calls = calls_in("x.rs", source);
    assert_eq!(calls.len(), 2);
    assert_eq!(calls[0].code, "plot_leased");
    assert_eq!(calls[0].template, "plot {plot} is leased until {until}");
    assert_eq!(
        calls[0].params,
        BTreeSet::from(["plot".to_owned(), "until".to_owned()])
    );
    assert_eq!(placeholders(&calls[0].template), calls[0].params);
    assert_eq!(calls[1].template, "the amount cannot be negative");
    assert!(calls[1].params.is_empty());
}
