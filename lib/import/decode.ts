/**
 * Bytes → text, refusing what is not a page of OCR text: empty or binary files, and encodings
 * other than UTF-8 (with or without BOM), UTF-16 with BOM and GB18030 (GBK, GB2312), which
 * Chinese OCR tools often write. GB18030 is tried only when the bytes are not valid UTF-8, and
 * kept only when it yields mostly Chinese.
 */
export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; message: string };

const CJK_SHARE = 0.3;

function mostlyText(text: string): boolean {
  const control = text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return control <= text.length * 0.01;
}

const hanShare = (text: string) => (text.match(/\p{Script=Han}/gu)?.length ?? 0) / Math.max(1, text.replace(/\s/g, '').length);

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
    return { ok: false, message: '文件为空' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  if (bytes.includes(0)) return { ok: false, message: '这是二进制文件（含 NUL 字节），不是 OCR 文本' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    if (!mostlyText(text)) return { ok: false, message: '这是二进制文件（控制字符过多），不是 OCR 文本' };
    return { ok: true, text, encoding: 'UTF-8' };
  } catch {
    const text = new TextDecoder('gb18030').decode(bytes);
    if (mostlyText(text) && hanShare(text) >= CJK_SHARE) return { ok: true, text, encoding: 'GB18030' };
    return { ok: false, message: '编码无法识别：既不是 UTF-8，也不像 GB18030 中文文本；请转成 UTF-8 再导入' };
  }
}
