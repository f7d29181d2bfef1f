// Source lines <-> table cells. Every cell carries data-lines="first-last" (its source span);
// one listener per pane (event delegation) keeps a page of 50,000 lines responsive.
(function () {
  const source = document.getElementById("source");
  if (!source) return;
  let lit = [];
  function clear() { lit.forEach(el => el.classList.remove("hl", "sel")); lit = []; }
  function lines(range) {
    const [a, b] = range.split("-").map(Number);
    const out = [];
    for (let n = a; n <= (b || a); n++) { const el = document.getElementById("L" + n); if (el) out.push(el); }
    return out;
  }
  function showCell(cell, scroll) {
    clear();
    cell.classList.add("sel"); lit.push(cell);
    const ls = lines(cell.dataset.lines);
    ls.forEach(el => { el.classList.add("hl"); lit.push(el); });
    if (scroll && ls.length) ls[0].scrollIntoView({block: "center"});
  }
  const tables = document.querySelector(".tables");
  tables.addEventListener("click", e => {
    const cell = e.target.closest("[data-lines]");
    if (cell) showCell(cell, true);
  });
  let hovered = [];
  tables.addEventListener("mouseover", e => {
    const cell = e.target.closest("[data-lines]");
    hovered.forEach(el => el.classList.remove("hv"));
    hovered = cell ? lines(cell.dataset.lines) : [];
    hovered.forEach(el => el.classList.add("hv"));
  });
  // line -> cells, built once on the first click on a line
  let byLine = null;
  function cellIndex() {
    byLine = new Map();
    document.querySelectorAll("[data-lines]").forEach(cell => {
      const [a, b] = cell.dataset.lines.split("-").map(Number);
      for (let n = a; n <= (b || a); n++) {
        if (!byLine.has(n)) byLine.set(n, []);
        byLine.get(n).push(cell);
      }
    });
    return byLine;
  }
  source.addEventListener("click", e => {
    const line = e.target.closest(".ln");
    if (!line) return;
    clear();
    line.classList.add("hl"); lit.push(line);
    const cells = (byLine || cellIndex()).get(Number(line.dataset.line)) || [];
    cells.forEach(cell => { cell.classList.add("sel"); lit.push(cell); });
    if (cells.length) cells[0].scrollIntoView({block: "center"});
  });
})();
