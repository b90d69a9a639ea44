/**
 * format=flowed text (RFC 3676), as Thunderbird sends it: a line ending in a space continues on
 * the next line (a soft break); space-stuffing is removed; quoted lines join only with lines of the
 * same quote depth; "-- " (the signature separator) never flows.
 */
export function unflowText(text: string, delSp: boolean): string {
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  let current: { depth: number; text: string } | undefined;
  for (const line of lines) {
    const depth = /^>*/.exec(line)![0].length;
    let content = line.slice(depth);
    if (content.startsWith(' ')) content = content.slice(1); // space-stuffing (§4.4) or after quote marks
    const soft = content.endsWith(' ') && content !== '-- ';
    if (soft && delSp) content = content.slice(0, -1);
    if (current && current.depth === depth) current.text += content;
    else {
      if (current) out.push(render(current));
      current = { depth, text: content };
    }
    if (!soft) {
      out.push(render(current));
      current = undefined;
    }
  }
  if (current) out.push(render(current));
  return out.join('\n');
}

function render(line: { depth: number; text: string }): string {
  return line.depth > 0 ? '>'.repeat(line.depth) + ' ' + line.text : line.text;
}
