#!/usr/bin/env python3
"""The firm table of a CSV (UTF-8) as the other inputs escore reads, for the CI checks of the shipped builds:
    python3 .ci/sample_inputs.py SRC.csv OUT.xlsx [OUT.db]
OUT.xlsx: one sheet "firms", inline strings and numbers (every cell that parses as a number, except the first column);
OUT.db: SQLite, table "firms", every column TEXT. Standard library only (a fresh machine has no openpyxl)."""
import csv, sqlite3, sys, zipfile
from xml.sax.saxutils import escape
src, xlsx = sys.argv[1:3]
db = sys.argv[3] if len(sys.argv) > 3 else None
with open(src, encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s
def cell(r, c, v):
    ref = f"{col(c)}{r + 1}"
    try:
        if r > 0 and v != "" and c not in (0,):
            float(v)
            return f'<c r="{ref}"><v>{v}</v></c>'
    except ValueError:
        pass
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'
sheet = "".join(f'<row r="{r + 1}">' + "".join(cell(r, c, v) for c, v in enumerate(row)) + "</row>" for r, row in enumerate(rows))
ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
with zipfile.ZipFile(xlsx, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    z.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns} xmlns:r="{rel}"><sheets><sheet name="firms" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    z.writestr("xl/worksheets/sheet1.xml", f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><sheetData>{sheet}</sheetData></worksheet>')
if db:
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE firms (" + ", ".join(f'"{h}" TEXT' for h in rows[0]) + ")")
    con.executemany("INSERT INTO firms VALUES (" + ", ".join("?" for _ in rows[0]) + ")", rows[1:])
    con.commit()
    con.close()
