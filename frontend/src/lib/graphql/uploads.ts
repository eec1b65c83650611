/**
 * The GraphQL multipart request convention
 * (https://github.com/jaydenseric/graphql-multipart-request-spec): files in an operation's
 * variables travel as parts of a `multipart/form-data` body, each replaced by null in the JSON
 * and named in a `map` by its variable path.
 */

/** The variables with every File replaced by null, and the paths each file was found at. */
export interface ExtractedFiles {
  variables: unknown;
  files: Map<File, string[]>;
}

export function extractFiles(value: unknown, path = 'variables', files = new Map<File, string[]>()): ExtractedFiles {
  if (typeof File !== 'undefined' && value instanceof File) {
    files.set(value, [...(files.get(value) ?? []), path]);
    return { variables: null, files };
  }
  if (Array.isArray(value)) {
    return { variables: value.map((item, i) => extractFiles(item, `${path}.${i}`, files).variables), files };
  }
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = extractFiles(item, `${path}.${key}`, files).variables;
    return { variables: copy, files };
  }
  return { variables: value, files };
}

/** The multipart body of an operation whose variables carry files. */
export function multipartBody(operation: { query: string; operationName: string | undefined }, extracted: ExtractedFiles): FormData {
  const form = new FormData();
  form.append('operations', JSON.stringify({ ...operation, variables: extracted.variables }));
  const map: Record<string, string[]> = {};
  const parts: File[] = [];
  extracted.files.forEach((paths, file) => {
    map[String(parts.length)] = paths;
    parts.push(file);
  });
  form.append('map', JSON.stringify(map));
  parts.forEach((file, i) => form.append(String(i), file, file.name));
  return form;
}

/**
 * The header the server requires on a multipart request: a page of another site cannot send it
 * without a CORS preflight, which the server never grants (cross-site request forgery).
 */
export const UPLOAD_HEADER = 'x-clusterkeep-upload';
