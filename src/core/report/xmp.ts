/**
 * The XMP metadata of an export, written to agree with its document information dictionary: the same
 * title, author, subject, keywords, producer and creator tool, and the same creation and modification
 * dates (PDF/A requires Info and XMP to agree). pdfkit's own packet puts the creator in pdf:Producer,
 * leaves out xmp:ModifyDate and xmp:MetadataDate, and does not escape XML: a case title with "&" or "<"
 * would make the packet unreadable.
 */
export interface DocInfo {
  Title: string;
  Author: string;
  Subject: string;
  Keywords: string;
  Creator: string;
  Producer: string;
  CreationDate: Date;
  ModDate: Date;
}

const esc = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // eslint-disable-next-line no-control-regex -- characters XML 1.0 cannot carry at all
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** Seconds precision, UTC: the Info dictionary's D:YYYYMMDDHHmmSSZ says the same instant. */
const xmpDate = (d: Date) => `${d.toISOString().split('.')[0]}Z`;

export function xmpDescriptions(info: DocInfo, lang: string): string {
  return `
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:CreateDate>${xmpDate(info.CreationDate)}</xmp:CreateDate>
            <xmp:ModifyDate>${xmpDate(info.ModDate)}</xmp:ModifyDate>
            <xmp:MetadataDate>${xmpDate(info.ModDate)}</xmp:MetadataDate>
            <xmp:CreatorTool>${esc(info.Creator)}</xmp:CreatorTool>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:format>application/pdf</dc:format>
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${esc(info.Title)}</rdf:li></rdf:Alt></dc:title>
            <dc:creator><rdf:Seq><rdf:li>${esc(info.Author)}</rdf:li></rdf:Seq></dc:creator>
            <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${esc(info.Subject)}</rdf:li></rdf:Alt></dc:description>
            <dc:language><rdf:Bag><rdf:li>${esc(lang)}</rdf:li></rdf:Bag></dc:language>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
            <pdf:Producer>${esc(info.Producer)}</pdf:Producer>
            <pdf:Keywords>${esc(info.Keywords)}</pdf:Keywords>
        </rdf:Description>
        `;
}
