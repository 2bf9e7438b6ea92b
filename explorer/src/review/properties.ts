/**
 * A proposed relationship's properties in words, as the review list shows
 * them after its sentence: a signature cell's state said plainly ("signature
 * cell blank"), any other property as "name: value" in brackets
 * ("(capacity: member)"), never as raw JSON.
 */
export function propertiesText(json: string): string {
  const { signatureBlank, ...rest } = JSON.parse(json) as Record<string, unknown>;
  const words: string[] = [];
  const others = Object.entries(rest)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([name, value]) => `${name}: ${Array.isArray(value) ? value.join(', ') : String(value)}`);
  if (others.length > 0) words.push(` (${others.join('; ')})`);
  if (signatureBlank === true) words.push(' — signature cell blank');
  if (signatureBlank === false) words.push(' — signature cell signed');
  return words.join('');
}
