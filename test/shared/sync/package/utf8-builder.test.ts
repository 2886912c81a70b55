import { describe, expect, it } from 'vitest';
import { TextForms, utf8, Utf8Builder } from '@shared/sync/package/utf8-builder';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('Utf8Builder', () => {
  it('gives back exactly what was appended, growing past its first capacity, and starts again after take', () => {
    const out = new Utf8Builder(8);
    const long = '纪实'.repeat(5_000) + '😀';
    out.ascii('<row r="1">');
    out.bytes(utf8('干部'));
    out.text(long);
    out.bytes(utf8('x'.repeat(100)));
    expect(decode(out.view())).toBe(`<row r="1">干部${long}${'x'.repeat(100)}`);
    const taken = out.take();
    out.ascii('next');
    expect(decode(taken)).toBe(`<row r="1">干部${long}${'x'.repeat(100)}`);
    expect(decode(out.view())).toBe('next');
  });
});

describe('TextForms', () => {
  it('makes the form of each short text once, writes long ones straight in, and forgets everything past its limit', () => {
    const made: string[] = [];
    const forms = new TextForms((t) => (made.push(t), `<${t}>`), 5, 2);
    const out = new Utf8Builder(4);
    const texts = ['在岗', '在岗', '这是一段很长的文字', '这是一段很长的文字', '请假', '出差', '在岗'];
    for (const t of texts) forms.write(out, t);
    expect(decode(out.view())).toBe(texts.map((t) => `<${t}>`).join(''));
    expect(made).toEqual(['在岗', '这是一段很长的文字', '这是一段很长的文字', '请假', '出差', '在岗']);
  });
});
