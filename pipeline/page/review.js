// The reviewer's page: every item to decide, conversation by conversation.
// Everything is drawn with textContent: no message text is ever read as
// HTML.  Decisions are kept in the browser's local storage under the
// review's digest, so that closing the tab loses nothing, and exported as
// decisions.json for ihh-apply.
"use strict";

const data = JSON.parse(document.getElementById("data").textContent);
const store = "ihh-review:" + data.digest;
const kinds = {
  delete: { accept: "Verwijderen", reject: "Bewaren" },
  check: { accept: "Bewaren (zakelijk)", reject: "Verwijderen" },
  redact: { accept: "Weglakken", reject: "Niet weglakken" },
};
const classNames = { zakelijk: "zakelijk", prive: "privé", partijpolitiek: "partijpolitiek" };

let state = { reviewer: "", verdicts: {} };
try {
  const saved = JSON.parse(localStorage.getItem(store) || "null");
  if (saved && saved.verdicts) state = saved;
} catch (e) { /* a damaged entry: start afresh */ }

const items = [];
let current = 0;

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

function save() {
  localStorage.setItem(store, JSON.stringify(state));
}

function describe(it) {
  if (it.kind === "delete") return "Verwijderen als " + classNames[it.proposal] + "?";
  if (it.kind === "check") return "Onzeker: bewaren als zakelijk?";
  return "Weglakken: " + it.category + " (Woo " + it.ground + ")?";
}

function message(id, cls) {
  const m = data.messages[id];
  if (!m) return null;
  const box = el("div", { class: "msg " + cls });
  box.append(el("div", { class: "meta" }, [m.from, m.time && m.time.replace("T", " ")].filter(Boolean).join(" · ")));
  return [box, m];
}

function drawItem(it, index) {
  const card = el("div", { class: "item", id: "item-" + index, "data-item": it.id, tabindex: "-1" });
  card.append(el("div", { class: "what" }, describe(it)));
  // a message's text, and what it carried
  const body = (box, m) => {
    for (const a of m.attachments || []) box.append(el("div", { class: "meta" }, "[bijlage: " + a + "]"));
    return box;
  };
  for (const id of it.before) { const r = message(id, "context"); if (r) { r[0].append(r[1].text); card.append(body(r[0], r[1])); } }
  const r = message(it.record, "this");
  if (r) {
    if (it.kind === "redact") r[0].append(it.segments[0], el("mark", {}, it.segments[1]), it.segments[2]);
    else r[0].append(r[1].text);
    card.append(body(r[0], r[1]));
  }
  for (const id of it.after) { const a = message(id, "context"); if (a) { a[0].append(a[1].text); card.append(body(a[0], a[1])); } }
  if (it.reasons.length) card.append(el("div", { class: "reasons" }, "Waarom: " + it.reasons.join("; ")));
  const acc = el("button", { class: "accept", type: "button", "aria-pressed": "false",
    onclick: () => decide(index, "accept") }, kinds[it.kind].accept + " (a)");
  const rej = el("button", { class: "reject", type: "button", "aria-pressed": "false",
    onclick: () => decide(index, "reject") }, kinds[it.kind].reject + " (r)");
  const actions = el("div", { class: "actions" }, acc, rej);
  if (it.kind !== "redact") {
    // the class a rejected deletion keeps, or a rejected check is deleted as
    const choices = it.kind === "delete" ? ["zakelijk", "prive", "partijpolitiek"].filter(c => c !== it.proposal)
      : ["prive", "partijpolitiek"];
    const sel = el("select", { "aria-label": "klasse bij afwijzen", onchange: () => {
      const v = state.verdicts[it.id];
      if (v && v.verdict === "reject") { v.class = sel.value; save(); }
    } });
    for (const c of choices) sel.append(el("option", { value: c }, (it.kind === "delete" ? "bewaren als " : "verwijderen als ") + classNames[c]));
    actions.append(sel);
    it.select = sel;
  }
  card.append(actions);
  it.card = card; it.acc = acc; it.rej = rej;
  return card;
}

function paint(it) {
  const v = state.verdicts[it.id];
  it.acc.setAttribute("aria-pressed", String(!!v && v.verdict === "accept"));
  it.rej.setAttribute("aria-pressed", String(!!v && v.verdict === "reject"));
  it.card.classList.toggle("decided-accept", !!v && v.verdict === "accept");
  it.card.classList.toggle("decided-reject", !!v && v.verdict === "reject");
  if (it.select && v && v.class) it.select.value = v.class;
}

function progress() {
  const n = items.filter(it => state.verdicts[it.id]).length;
  document.getElementById("count").textContent = n + " van " + items.length + " beslist";
  document.getElementById("fill").style.width = (items.length ? 100 * n / items.length : 100) + "%";
  document.getElementById("export").disabled = !state.reviewer.trim();
}

function decide(index, verdict) {
  const it = items[index];
  const v = { verdict };
  if (verdict === "reject" && it.select) v.class = it.select.value;
  state.verdicts[it.id] = v;
  save();
  paint(it);
  progress();
}

// the items of a conversation not yet decided; one decided already keeps its verdict
function decideConversation(conv, verdict) {
  items.forEach((it, i) => { if (it.conv === conv && !state.verdicts[it.id]) decide(i, verdict); });
}

function focus(index) {
  if (!items.length) return;
  current = Math.max(0, Math.min(items.length - 1, index));
  items.forEach((it, i) => it.card.classList.toggle("current", i === current));
  items[current].card.focus({ preventScroll: true });
  items[current].card.scrollIntoView({ block: "nearest" });
}

function exportDecisions() {
  const decisions = [];
  for (const it of items) {
    const v = state.verdicts[it.id];
    if (!v) continue;
    const d = { item: it.id, verdict: v.verdict };
    if (v.verdict === "reject" && v.class) d.class = v.class;
    decisions.push(d);
  }
  const out = {
    decisions_version: 1,
    review_digest: data.digest,
    reviewer: state.reviewer.trim(),
    decided_at: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
    decisions,
  };
  const open = items.length - decisions.length;
  if (open && !confirm(open + " items zijn nog niet beslist; ihh-apply weigert dan. Toch exporteren?")) return null;
  const url = URL.createObjectURL(new Blob([JSON.stringify(out, null, 2) + "\n"], { type: "application/json" }));
  const a = el("a", { href: url, download: "decisions.json" });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return out;
}

function build() {
  const head = el("header", {},
    el("h1", {}, "ihh – beoordelen"),
    el("div", { class: "digest", title: "review digest" }, data.digest.slice(0, 16) + "…"),
    el("div", { id: "progress" }, el("div", { class: "bar" }, el("div", { class: "fill", id: "fill" })),
      el("div", { class: "label", id: "count" })),
    el("label", { class: "who" }, "Beoordelaar ", el("input", { id: "reviewer", value: state.reviewer,
      autocomplete: "name", oninput: e => { state.reviewer = e.target.value; save(); progress(); } })),
    el("button", { id: "export", type: "button", onclick: exportDecisions }, "Exporteer decisions.json"));
  const main = el("main", {});
  main.append(el("p", { class: "help" },
    "Voorbereid door " + data.prepared_by + " op " + data.prepared_at + ". Toetsen: ",
    el("kbd", {}, "j"), "/", el("kbd", {}, "k"), " volgende/vorige, ",
    el("kbd", {}, "a"), " akkoord, ", el("kbd", {}, "r"), " afwijzen, ",
    el("kbd", {}, "A"), "/", el("kbd", {}, "R"), " de rest van het gesprek. ",
    "Beslissingen blijven in deze browser bewaard tot u exporteert."));
  for (const conv of data.conversations) {
    const sec = el("section", { class: "conv" });
    sec.append(el("h2", {}, conv.title || conv.id,
      el("span", { class: "count" }, conv.items.length + " items"),
      el("button", { type: "button", class: "all-accept", onclick: () => decideConversation(conv.id, "accept") }, "Rest akkoord"),
      el("button", { type: "button", class: "all-reject", onclick: () => decideConversation(conv.id, "reject") }, "Rest afwijzen")));
    for (const it of conv.items) {
      it.conv = conv.id;
      const index = items.length;
      items.push(it);
      sec.append(drawItem(it, index));
      it.card.addEventListener("click", () => focus(index));
    }
    main.append(sec);
  }
  if (!items.length) main.append(el("p", {}, "Er is niets te beoordelen."));
  document.body.append(head, main);
  items.forEach(paint);
  progress();
  focus(0);
}

document.addEventListener("keydown", e => {
  if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.ctrlKey || e.metaKey || e.altKey) return;
  const it = items[current];
  switch (e.key) {
    case "j": case "ArrowDown": focus(current + 1); break;
    case "k": case "ArrowUp": focus(current - 1); break;
    case "a": if (it) { decide(current, "accept"); focus(current + 1); } break;
    case "r": if (it) { decide(current, "reject"); focus(current + 1); } break;
    case "A": if (it) decideConversation(it.conv, "accept"); break;
    case "R": if (it) decideConversation(it.conv, "reject"); break;
    default: return;
  }
  e.preventDefault();
});

window.ihhExport = exportDecisions;
build();
