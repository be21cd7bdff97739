// The window clerk's page: choose a service point and an item, answer the questions the engine
// asks (never pre-answered), change any answer, and print the notice the service returns. The
// page holds no wording of the rules: the status line comes from the decision, the notice is the
// service's document, rendered with text nodes only.
"use strict";
(() => {
  const $ = id => document.getElementById(id);
  const state = {
    items: [],       // GET /items: the versions in force today
    item: null,      // the item chosen
    at: null,        // the service point chosen (a /regions match), or null: applying online
    answers: [],     // [{question, value, shown}] in the order given
    skipped: [],     // follow-up facts the clerk chose not to ask
    editing: null,   // the answer being changed
    seq: 0           // the latest decision asked for: older answers are dropped
  };

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  async function api(path, body) {
    const init = body === undefined ? {} : { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) };
    const r = await fetch(path, init);
    let json;
    try { json = await r.json(); } catch (e) { json = { title: "服务没有返回有效的答复" }; }
    return { status: r.status, body: json };
  }

  function problemText(p, field) {
    const errors = p && p.errors ? p.errors : {};
    if (field && errors[field]) return errors[field];
    const all = Object.values(errors);
    return (p && p.title ? p.title : "请求失败") + (all.length ? ":" + all.join(";") : "");
  }

  // ------------------------------------------------------------ region and service-point pickers

  /** A search box over GET /regions: type a name, ↑/↓ to move, Enter or a click to pick, Esc to close. */
  function regionPicker(input, list, primary, onPick) {
    let results = [], total = 0, active = -1, seq = 0, timer = null;
    function close() {
      seq++;
      results = [];
      active = -1;
      list.replaceChildren();
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }
    async function search() {
      const mine = ++seq;
      const r = await api("/regions?limit=20&q=" + encodeURIComponent(input.value.trim()));
      if (mine !== seq || document.activeElement !== input) return;
      if (r.status !== 200) { close(); return; }
      results = r.body.regions;
      total = r.body.total;
      active = results.length ? 0 : -1;
      render();
    }
    function render() {
      const rows = results.map((m, i) => {
        const li = el("li");
        li.id = list.id + "-" + i;
        li.dataset.code = m.code;
        li.setAttribute("role", "option");
        li.append(el("span", primary(m)), el("span", " " + m.pathText + " · " + m.levelName + " · " + m.code, "muted"));
        if (i === active) {
          li.classList.add("active");
          li.setAttribute("aria-selected", "true");
        }
        li.addEventListener("mousedown", e => e.preventDefault());
        li.addEventListener("click", () => pick(m));
        return li;
      });
      if (!results.length) rows.push(el("li", "没有找到匹配的地区或网点", "more"));
      else if (total > results.length) rows.push(el("li", "共 " + total + " 项,仅列出前 " + results.length + " 项,请输入更多文字", "more"));
      list.replaceChildren(...rows);
      input.setAttribute("aria-expanded", "true");
      if (active >= 0) {
        input.setAttribute("aria-activedescendant", list.id + "-" + active);
        rows[active].scrollIntoView({ block: "nearest" });
      }
    }
    function pick(m) {
      close();
      onPick(m);
    }
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(search, 120);
    });
    input.addEventListener("keydown", e => {
      if (e.isComposing) return;
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        if (!results.length) { search(); return; }
        active = (active + (e.key === "ArrowDown" ? 1 : results.length - 1)) % results.length;
        render();
      } else if (e.key === "Enter" && active >= 0) {
        e.preventDefault();
        e.stopPropagation();
        pick(results[active]);
      } else if (e.key === "Escape") {
        close();
      }
    });
    input.addEventListener("blur", close);
  }

  function setAt(m) {
    state.at = m;
    const chosen = $("atChosen");
    chosen.textContent = m ? m.servicePoint + "(" + m.pathText + " · " + m.code + ")" : "网上申请(未选择网点)";
    chosen.dataset.code = m ? m.code : "";
    $("atQuery").value = "";
    try { localStorage.setItem("tongban.at", m ? m.code : ""); } catch (e) { /* storage may be off */ }
    if (state.item) step();
  }

  async function initialAt() {
    let code = new URLSearchParams(location.search).get("at");
    if (code === null) {
      try { code = localStorage.getItem("tongban.at"); } catch (e) { code = null; }
    }
    if (code) {
      const r = await api("/regions?limit=1&q=" + encodeURIComponent(code));
      const m = r.status === 200 ? r.body.regions.find(x => x.code === code) : undefined;
      if (m) { setAt(m); return; }
    }
    setAt(null);
  }

  // ------------------------------------------------------------ items

  function shownItems() {
    const q = $("query").value.trim().toLowerCase();
    return state.items.filter(i => !q || i.name.toLowerCase().includes(q) || i.code.toLowerCase().includes(q)
        || i.aliases.some(a => a.toLowerCase().includes(q)));
  }

  function renderItems() {
    $("items").replaceChildren(...shownItems().map(i => {
      const li = el("li");
      li.tabIndex = 0;
      li.dataset.code = i.code;
      li.setAttribute("role", "option");
      li.append(el("span", i.code + "  " + i.name));
      if (i.aliases.length) li.append(el("span", "  又称 " + i.aliases.join("、"), "muted"));
      if (i.upcoming) li.append(el("span", i.upcoming.note, "tag"));
      li.addEventListener("click", () => choose(i));
      li.addEventListener("keydown", e => {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); choose(i); }
        else if (e.key === "ArrowDown") { e.preventDefault(); (li.nextElementSibling || li).focus(); }
        else if (e.key === "ArrowUp") { e.preventDefault(); (li.previousElementSibling || $("query")).focus(); }
      });
      return li;
    }));
  }

  function choose(item) {
    state.item = item;
    state.answers = [];
    state.skipped = [];
    state.editing = null;
    $("itemName").textContent = item.code + " " + item.name + "(版本 " + item.version + ")";
    $("interview").hidden = false;
    $("notice").hidden = true;
    step();
  }

  // ------------------------------------------------------------ the interview

  function application(answers) {
    const facts = {};
    (answers || state.answers).forEach(a => { facts[a.question.fact] = a.value; });
    const app = { item: state.item.code, facts };
    if (state.at) app.at = state.at.code;
    return app;
  }

  function withAnswer(answer) {
    const i = state.answers.findIndex(a => a.question.fact === answer.question.fact);
    const copy = state.answers.slice();
    if (i >= 0) copy[i] = answer; else copy.push(answer);
    return copy;
  }

  /** Decides on the answers given (and a new one, if any, kept only when the service accepts it), then asks or shows the notice. */
  async function step(pending, error) {
    const answers = pending ? withAnswer(pending) : state.answers;
    const mine = ++state.seq;
    const r = await api("/decisions", application(answers));
    if (mine !== state.seq) return;
    if (r.status !== 200) {
      if (pending) error.textContent = problemText(r.body, pending.question.fact);
      else $("question").replaceChildren(el("p", problemText(r.body), "error"));
      return;
    }
    state.answers = answers;
    if (pending) state.editing = null;
    const d = r.body;
    renderStatus(d);
    renderAnswers();
    if (state.editing) { ask(state.editing.question, false); return; }
    const given = application().facts;
    const next = d.nextQuestions[0];
    const followUp = d.status === "ELIGIBLE"
        ? d.followUpQuestions.find(f => !state.skipped.includes(f.fact) && !(f.fact in given)) : undefined;
    if (next || followUp) {
      $("notice").hidden = true;
      ask(next || followUp, !next);
    } else {
      $("question").replaceChildren();
      await showNotice();
    }
  }

  /** The status line: the decision's status, and whether this point (or the online channel) may accept it. */
  function renderStatus(d) {
    const a = d.acceptance;
    const here = state.at ? "本网点" : "网上";
    let text, cls;
    if (d.status === "ELIGIBLE" && a.outcome === "ACCEPTED") { text = "符合条件 · " + here + "可受理"; cls = "ok"; }
    else if (d.status === "ELIGIBLE" && a.outcome === "REFUSED") { text = "符合条件,但" + here + "不能受理:请按告知书前往可受理的地点"; cls = "warn"; }
    else if (d.status === "ELIGIBLE") { text = "符合条件 · 受理地点待确定"; cls = "pending"; }
    else if (d.status === "INELIGIBLE") { text = "不符合条件"; cls = "bad"; }
    else { text = "需补充信息"; cls = "pending"; }
    const s = $("status");
    s.textContent = text;
    s.className = "status " + cls;
    s.dataset.status = d.status;
    s.dataset.outcome = a.outcome;
  }

  function renderAnswers() {
    $("answers").replaceChildren(...state.answers.map(a => {
      const li = el("li");
      li.dataset.fact = a.question.fact;
      li.append(el("span", a.question.label + ":", "q"), el("span", a.shown, "a"));
      const change = el("button", "修改", "change");
      change.type = "button";
      change.addEventListener("click", () => {
        state.editing = a;
        $("notice").hidden = true;
        ask(a.question, false);
      });
      li.append(change);
      return li;
    }));
    $("answersBox").hidden = state.answers.length === 0;
  }

  /** One question as a form: no option is chosen beforehand, an empty answer is refused, Enter submits. */
  function ask(q, optional) {
    const editing = state.editing && state.editing.question.fact === q.fact ? state.editing : null;
    const form = el("form");
    form.id = "questionForm";
    form.noValidate = true;
    form.dataset.fact = q.fact;
    const prompt = el("p", q.question, "ask");
    prompt.id = "prompt";
    form.append(prompt);
    const field = fieldFor(q);
    form.append(field.node);
    if (editing) form.append(el("p", "原答案:" + editing.shown + "。请重新作答。", "was"));
    const buttons = el("p");
    const next = el("button", editing ? "确定修改" : "下一步");
    next.id = "next";
    next.type = "submit";
    buttons.append(next);
    if (optional) {
      const skip = el("button", "跳过,出具告知书");
      skip.id = "skip";
      skip.type = "button";
      skip.addEventListener("click", () => { state.skipped.push(q.fact); step(); });
      buttons.append(" ", skip);
    }
    if (editing) {
      const cancel = el("button", "取消修改");
      cancel.id = "cancel";
      cancel.type = "button";
      cancel.addEventListener("click", () => { state.editing = null; step(); });
      buttons.append(" ", cancel);
    }
    const error = el("span", "", "error");
    error.id = "error";
    error.setAttribute("role", "alert");
    buttons.append(error);
    form.append(buttons);
    // suggestions open below the buttons, so closing them never moves a button under the pointer
    if (field.below) form.append(field.below);
    form.addEventListener("keydown", e => {
      if (e.key === "Enter" && !e.isComposing && e.target.tagName !== "BUTTON") {
        e.preventDefault();
        form.requestSubmit();
      }
    });
    form.addEventListener("submit", e => {
      e.preventDefault();
      const answer = field.value();
      if (answer === null) { error.textContent = "请先作答,再点“" + next.textContent + "”。"; field.focus(); return; }
      if (answer.error) { error.textContent = answer.error; field.focus(); return; }
      error.textContent = "";
      step({ question: q, value: answer.value, shown: answer.shown }, error);
    });
    $("question").replaceChildren(form);
    field.focus();
  }

  function fieldFor(q) {
    if (q.type === "BOOLEAN") return choices(q, [[true, "是"], [false, "否"]]);
    if (q.allowedValues && q.allowedValues.length) {
      return q.allowedValues.length <= 8 ? choices(q, q.allowedValues.map(v => [v, v])) : selectField(q);
    }
    if (q.type === "REGION") return regionField(q);
    return textField(q);
  }

  function choices(q, options) {
    const box = el("fieldset", undefined, "choices");
    box.setAttribute("role", "radiogroup");
    box.setAttribute("aria-labelledby", "prompt");
    const radios = options.map(([value, text], i) => {
      const r = el("input");
      r.type = "radio";
      r.name = "answer";
      r.id = "answer-" + i;
      r.value = String(value);
      r.dataset.fact = q.fact;
      const label = el("label");
      label.append(r, document.createTextNode(" " + text));
      box.append(label);
      return { r, value, text };
    });
    return {
      node: box,
      focus: () => radios[0].r.focus(),
      value: () => {
        const c = radios.find(x => x.r.checked);
        return c ? { value: c.value, shown: c.text } : null;
      }
    };
  }

  function selectField(q) {
    const select = el("select");
    select.id = "answer";
    select.name = "answer";
    select.dataset.fact = q.fact;
    select.setAttribute("aria-labelledby", "prompt");
    const placeholder = el("option", "请选择");
    placeholder.value = "";
    select.append(placeholder, ...q.allowedValues.map(v => { const o = el("option", v); o.value = v; return o; }));
    return { node: select, focus: () => select.focus(), value: () => select.value === "" ? null : { value: select.value, shown: select.value } };
  }

  function textField(q) {
    const wrap = el("span");
    const input = el("input");
    input.id = "answer";
    input.name = "answer";
    input.autocomplete = "off";
    input.dataset.fact = q.fact;
    input.setAttribute("aria-labelledby", "prompt");
    input.type = q.type === "DATE" ? "date" : "text";
    if (q.type === "INTEGER") input.inputMode = "numeric";
    if (q.type === "DECIMAL") input.inputMode = "decimal";
    wrap.append(input);
    const unit = q.unit || "";
    if (unit) wrap.append(" " + unit);
    return {
      node: wrap,
      focus: () => input.focus(),
      value: () => {
        const raw = input.value.trim();
        return raw === "" ? null : { value: raw, shown: raw + (unit ? " " + unit : "") };
      }
    };
  }

  function regionField(q) {
    const wrap = el("div");
    const input = el("input");
    input.id = "answer";
    input.name = "answer";
    input.autocomplete = "off";
    input.size = 36;
    input.placeholder = "输入地区名称搜索,或输入行政区划代码";
    input.dataset.fact = q.fact;
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-labelledby", "prompt");
    input.setAttribute("aria-controls", "answerList");
    const chosen = el("span", "", "chosen");
    chosen.id = "answerChosen";
    const list = el("ul", undefined, "options");
    list.id = "answerList";
    list.setAttribute("role", "listbox");
    let picked = null;
    regionPicker(input, list, m => m.name, m => {
      picked = m;
      input.value = m.name;
      chosen.textContent = m.pathText + " · " + m.code;
    });
    input.addEventListener("input", () => { picked = null; chosen.textContent = ""; });
    wrap.append(input, chosen);
    return {
      node: wrap,
      below: list,
      focus: () => input.focus(),
      value: () => {
        const raw = input.value.trim();
        if (picked && raw === picked.name) return { value: picked.code, shown: picked.pathText + "(" + picked.code + ")" };
        if (raw === "") return null;
        if (/^\d{6}(\d{3}){0,2}$/.test(raw)) return { value: raw, shown: raw };
        return { error: "请从列表中选择地区,或输入 6、9 或 12 位行政区划代码。" };
      }
    };
  }

  // ------------------------------------------------------------ the notice, as the service words it

  async function showNotice() {
    const mine = state.seq;
    const r = await api("/notices?lang=" + encodeURIComponent($("lang").value), application());
    if (mine !== state.seq) return;
    if (r.status !== 200) { $("question").replaceChildren(el("p", problemText(r.body), "error")); return; }
    renderDoc(r.body);
    $("notice").hidden = false;
  }

  /** A notice document ({title, footer, blocks}) as elements and text nodes: nothing in it is ever read as markup. */
  function renderDoc(doc) {
    const out = [];
    const title = el("h2", doc.title);
    title.id = "noticeTitle";
    out.push(title);
    for (const b of doc.blocks) {
      if (b.type === "heading") {
        out.push(el("h" + Math.min(6, b.level + 2), b.text));
      } else if (b.type === "paragraph") {
        out.push(spans(el("p"), b.spans));
      } else if (b.type === "list") {
        const ul = el("ul");
        b.items.forEach(i => ul.append(spans(el("li"), i)));
        out.push(ul);
      } else if (b.type === "table") {
        const table = el("table");
        const head = el("tr");
        b.header.forEach(h => head.append(el("th", h)));
        const thead = el("thead");
        thead.append(head);
        const tbody = el("tbody");
        b.rows.forEach(row => {
          const tr = el("tr");
          row.forEach(cell => tr.append(spans(el("td"), cell)));
          tbody.append(tr);
        });
        table.append(thead, tbody);
        out.push(table);
      }
    }
    if (doc.footer) out.push(el("p", doc.footer, "footer"));
    $("noticeDoc").replaceChildren(...out);
  }

  function spans(parent, list) {
    for (const s of list) {
      if (s.style === "STRONG") parent.append(el("strong", s.text));
      else if (s.style === "STRIKE") parent.append(el("del", s.text));
      else if (s.style === "MUTED") parent.append(el("span", s.text, "muted"));
      else if (s.style === "LINK" && typeof s.href === "string" && /^[\w.~%\/#-]+$/.test(s.href)) {
        const a = el("a", s.text);
        a.href = s.href;
        parent.append(a);
      } else parent.append(document.createTextNode(s.text));
    }
    return parent;
  }

  // ------------------------------------------------------------ start

  async function init() {
    regionPicker($("atQuery"), $("atList"), m => m.servicePoint, setAt);
    $("online").addEventListener("click", () => setAt(null));
    $("query").addEventListener("input", renderItems);
    $("query").addEventListener("keydown", e => {
      if (e.isComposing) return;
      const first = $("items").firstElementChild;
      if (e.key === "ArrowDown" && first) { e.preventDefault(); first.focus(); }
      else if (e.key === "Enter" && first) { e.preventDefault(); choose(shownItems()[0]); }
    });
    $("print").addEventListener("click", () => window.print());
    $("lang").addEventListener("change", () => { if (!$("notice").hidden) showNotice(); });
    await initialAt();
    const h = await api("/health");
    // Actuator health: the served catalogue is the starter's tongban component
    const served = h.body.components && h.body.components.tongban ? h.body.components.tongban.details : undefined;
    $("version").textContent = served ? "目录 " + served.catalogueVersion : "";
    state.items = (await api("/items")).body;
    renderItems();
  }

  init();
})();
