// RFC 4180 CSV → array of objects keyed by the header row.
(function (MF) {
  'use strict';
  MF.parseCsv = function (text) {
    const rows = []; let row = []; let field = ''; let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quoted) {
        if (c === '"') { if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false; } else field += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') { row.push(field); field = ''; }
      else if (c === '\n' || c === '\r') {
        if (c === '\r' && text[i + 1] === '\n') i++;
        row.push(field); rows.push(row); row = []; field = '';
      } else field += c;
    }
    if (field !== '' || row.length) { row.push(field); rows.push(row); }
    if (!rows.length) return { columns: [], rows: [] };
    const columns = rows[0];
    return { columns, rows: rows.slice(1).filter((r) => r.length > 1 || r[0] !== '').map((r) => Object.fromEntries(columns.map((c, k) => [c, r[k] === undefined ? '' : r[k]]))) };
  };
})(window.MF);
