import { acceptAttribute, type AttachmentRefusal, type AttachmentRules } from './attachments';

/** Whether a file matches an accept list: a MIME type, a `type/*` family or an extension. */
export function acceptsFile(accept: AttachmentRules['accept'], file: { name: string; type: string }): boolean {
  const attribute = acceptAttribute(accept);
  if (!attribute) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return attribute.split(',').some((raw) => {
    const item = raw.toLowerCase();
    if (item.startsWith('.')) return name.endsWith(item);
    if (item.endsWith('/*')) return type.startsWith(item.slice(0, -1));
    return type === item;
  });
}

/**
 * The files of `incoming` that may join the `already` attached ones, and the refusals of the
 * others, in order: a file is refused by the first rule it breaks (type, size, then count).
 */
export function checkAttachments(
  incoming: readonly File[],
  already: number,
  rules: AttachmentRules,
): { accepted: File[]; refused: AttachmentRefusal[] } {
  const accepted: File[] = [];
  const refused: AttachmentRefusal[] = [];
  for (const file of incoming) {
    const mediaType = file.type || 'application/octet-stream';
    if (!acceptsFile(rules.accept, file)) {
      refused.push({ rule: 'accept', filename: file.name, mediaType, accept: acceptAttribute(rules.accept)! });
    } else if (rules.maxSize !== undefined && file.size > rules.maxSize) {
      refused.push({ rule: 'maxSize', filename: file.name, size: file.size, maxSize: rules.maxSize });
    } else if (rules.maxFiles !== undefined && already + accepted.length >= rules.maxFiles) {
      refused.push({ rule: 'maxFiles', filename: file.name, maxFiles: rules.maxFiles });
    } else {
      accepted.push(file);
    }
  }
  return { accepted, refused };
}
