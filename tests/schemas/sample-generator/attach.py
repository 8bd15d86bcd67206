"""Small, genuinely valid attachments: PDF, PNG, DOCX, ODT, plain text."""
import io, struct, zlib, zipfile
from xml.sax.saxutils import escape

FIXED = (2026, 1, 1, 0, 0, 0)

def pdf(title, lines):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    ops = ['BT', '/F1 14 Tf', '56 790 Td', '(%s) Tj' % esc(title), '/F1 10 Tf', '0 -24 Td']
    for ln in lines:
        ops.append('(%s) Tj' % esc(ln))
        ops.append('0 -14 Td')
    ops.append('ET')
    stream = '\n'.join(ops).encode('latin-1')
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
        b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
        b'<< /Title (%s) /Producer (casecheck sample) >>' % esc(title).encode('latin-1'),
    ]
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b'%d 0 obj\n' % i + o + b'\nendobj\n')
    xref = out.tell()
    out.write(b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1))
    for o in offs:
        out.write(b'%010d 00000 n \n' % o)
    out.write(b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref))
    return out.getvalue()

def png(width, height, pixel):
    """pixel(x, y) -> (r, g, b)"""
    raw = b''.join(b'\x00' + b''.join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))

def _zip(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for name, data, compress in members:
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()

def docx(title, paras):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    body = '<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>%s</w:t></w:r></w:p>' % escape(title)
    for p in paras:
        body += '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(p)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body)
    return _zip([('[Content_Types].xml', ct, True), ('_rels/.rels', rels, True), ('word/document.xml', doc, True)])

def odt(title, paras):
    mt = 'application/vnd.oasis.opendocument.text'
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mt)
    body = '<text:h text:outline-level="1">%s</text:h>' % escape(title)
    for p in paras:
        body += '<text:p>%s</text:p>' % escape(p)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>' % body)
    return _zip([('mimetype', mt, False), ('META-INF/manifest.xml', manifest, True), ('content.xml', content, True)])

def text(title, paras):
    return (title + '\n' + '=' * len(title) + '\n\n' + '\n\n'.join(paras) + '\n').encode('utf-8')

def genogram_png(seed):
    # a simple drawn "genogram sketch": squares and circles on white
    w, h = 96, 64
    def px(x, y):
        shapes = [(16, 12, 's'), (40, 12, 'c'), (60, 12, 's'), (80, 12, 'c'), (28, 36, 's'), (68, 36, 'c'), (48, 54, 'c' if seed % 2 else 's')]
        for cx, cy, kind in shapes:
            dx, dy = abs(x - cx), abs(y - cy)
            if kind == 's' and max(dx, dy) == 5:
                return (20, 20, 20)
            if kind == 'c' and 16 <= dx * dx + dy * dy <= 30:
                return (20, 20, 20)
        if y in (12, 36) and (21 <= x <= 35 or 65 <= x <= 75):
            return (90, 90, 90)
        return (255, 255, 255)
    return png(w, h, px)
