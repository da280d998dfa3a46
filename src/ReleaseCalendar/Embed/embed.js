/* ReleaseCalendar upcoming-releases widget. Paste where the list should appear:
   <div data-release-calendar data-subjects="bts,rm" data-limit="5" data-lang="ru"></div>
   <script src="https://HOST/embed.js" async></script>
   No framework; styles live in a shadow root; data only ever goes through textContent. */
(function () {
  "use strict";
  var w = window, d = document;
  // Two snippets on one page load this twice: the first copy renders every widget.
  if (w.ReleaseCalendar && w.ReleaseCalendar.scan) { w.ReleaseCalendar.scan(); return; }
  // The service is wherever this script came from, so the snippet works on any site.
  var src = (d.currentScript && d.currentScript.src) || location.href;
  var T = {
    ru: { unknown: "Нет такого артиста или шоу: ", bad: "Неверные настройки виджета: ", fail: "Не удалось загрузить релизы", loading: "Загрузка…" },
    en: { unknown: "No such artist or show: ", bad: "Bad widget settings: ", fail: "Could not load releases", loading: "Loading…" }
  };
  // em, never rem: rem follows the host page's root font size.
  var CSS =
    ":host{display:block!important;visibility:visible!important}" +
    ".rc{all:initial;display:block;box-sizing:border-box;max-width:100%;padding:12px 14px;border:1px solid var(--line);border-radius:8px;" +
    "background:var(--bg);color:var(--fg);font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;text-align:left;" +
    "--bg:#fff;--fg:#1d1d1f;--mute:#595d63;--line:#dfe1e6;--badge:#eef0ff;--badgefg:#3730a3;--link:#1a4fd0}" +
    "@media (prefers-color-scheme:dark){.rc{--bg:#18181b;--fg:#f2f2f4;--mute:#b4b7bd;--line:#3a3a41;--badge:#2f3060;--badgefg:#d2d9ff;--link:#9cbcff}}" +
    ".h{display:block;margin:0 0 6px;font-weight:700;font-size:1em}" +
    "ol{display:block;list-style:none;margin:0;padding:0}" +
    "li{display:block;padding:8px 0;border-top:1px solid var(--line)}" +
    ".when{display:flex;flex-wrap:wrap;gap:0 .5em;color:var(--mute);font-size:.875em}" +
    ".rel{font-weight:600;color:var(--fg)}" +
    ".kind{display:inline-block;padding:0 .45em;margin-right:.4em;border-radius:4px;background:var(--badge);color:var(--badgefg);font-size:.8em}" +
    ".by{color:var(--mute)}" +
    "a{color:var(--link);text-decoration:underline;overflow-wrap:anywhere;cursor:pointer}" +
    ".msg{display:block;margin:0;color:var(--mute)}";

  function el(tag, cls, text) {
    var e = d.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  function dayOf(x) { return Date.UTC(x.getFullYear(), x.getMonth(), x.getDate()); }

  // The date (and time) in the visitor's zone, with a relative day; month or year precision stays as the server wrote it.
  function when(r, lang) {
    var now = new Date(), at, days, o = { day: "numeric", month: "long" }, text;
    if (r.startsAt) {
      at = new Date(r.startsAt);
      days = (dayOf(at) - dayOf(now)) / 864e5;
      if (at.getFullYear() !== now.getFullYear()) o.year = "numeric";
      text = new Intl.DateTimeFormat(lang, o).format(at) + ", " +
        new Intl.DateTimeFormat(lang, { hour: lang === "ru" ? "2-digit" : "numeric", minute: "2-digit" }).format(at);
    } else if (r.precision === "day") {
      var p = r.date.split("-");
      at = new Date(Date.UTC(+p[0], p[1] - 1, +p[2]));
      days = (at.getTime() - dayOf(now)) / 864e5;
      o.timeZone = "UTC";
      if (at.getUTCFullYear() !== now.getFullYear()) o.year = "numeric";
      text = new Intl.DateTimeFormat(lang, o).format(at);
    } else return { text: r.when };
    return { text: text, rel: new Intl.RelativeTimeFormat(lang, { numeric: "auto" }).format(Math.round(days), "day") };
  }

  function item(r, lang) {
    var li = el("li"), top = el("div", "when"), w2 = when(r, lang), t = el("time", null, w2.text), line = el("div"), a;
    t.setAttribute("datetime", r.startsAt || r.date);
    if (r.when !== w2.text) t.title = r.when;
    top.appendChild(t);
    if (w2.rel) top.appendChild(el("span", "rel", w2.rel));
    li.appendChild(top);
    if (r.kindWord) line.appendChild(el("span", "kind", r.kindWord));
    a = el("a", null, r.title);
    a.href = r.url;
    a.target = "_blank";
    a.rel = "noopener";
    line.appendChild(a);
    if (r.by) line.appendChild(el("span", "by", " — " + r.by));
    li.appendChild(line);
    return li;
  }

  function clear(box) {
    box.removeAttribute("aria-busy");
    while (box.firstChild) box.removeChild(box.firstChild);
  }

  function mount(host) {
    var lang = (host.getAttribute("data-lang") || "ru").toLowerCase(), t = T[lang] || T.ru, root, box, url;
    try { root = host.shadowRoot || host.attachShadow({ mode: "open" }); } catch (e) { root = host; }
    while (root.firstChild) root.removeChild(root.firstChild);
    root.appendChild(el("style", null, CSS));
    box = el("section", "rc");
    box.setAttribute("aria-busy", "true");
    box.appendChild(el("p", "msg", t.loading));
    root.appendChild(box);
    url = new URL("api/embed/upcoming", src);
    [["subjects", "data-subjects"], ["limit", "data-limit"], ["lang", "data-lang"], ["includeMembers", "data-include-members"]]
      .forEach(function (p) { var v = host.getAttribute(p[1]); if (v != null && v !== "") url.searchParams.set(p[0], v); });
    fetch(url.href, { credentials: "omit" })
      .then(function (res) { return res.json().then(function (j) { return { ok: res.ok, status: res.status, j: j }; }); })
      .then(function (x) {
        var j = x.j, list, h;
        clear(box);
        if (!x.ok) {
          var m = x.status === 404 ? t.unknown + (j.unknown || []).join(", ")
            : x.status === 400 ? t.bad + Object.keys(j.errors || {}).join(", ") : t.fail;
          box.appendChild(el("p", "msg", m)).setAttribute("role", "alert");
          return;
        }
        h = el("p", "h", j.heading);
        box.setAttribute("aria-label", j.heading);
        box.appendChild(h);
        if (!j.releases.length) { box.appendChild(el("p", "msg", j.empty)); return; }
        list = el("ol");
        j.releases.forEach(function (r) { list.appendChild(item(r, j.lang)); });
        box.appendChild(list);
      })
      .catch(function () { clear(box); box.appendChild(el("p", "msg", t.fail)).setAttribute("role", "alert"); });
  }

  function scan() {
    var all = d.querySelectorAll("[data-release-calendar]");
    for (var i = 0; i < all.length; i++) {
      if (!all[i].__releaseCalendar) { all[i].__releaseCalendar = true; mount(all[i]); }
    }
  }

  // render(el) redraws one widget after its data- attributes changed (the docs page's live preview does).
  w.ReleaseCalendar = { scan: scan, render: function (host) { host.__releaseCalendar = true; mount(host); } };
  scan();
  if (d.readyState === "loading") d.addEventListener("DOMContentLoaded", scan);
})();
