using System.Net;
using System.Text;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Embed;

/// <summary>/embed: how to put the upcoming list on a fan site, with the widget running on the page and a generator
/// that writes the snippet and the iframe code. A plain self-contained layout (the site's pages have their own).</summary>
public static class DocsPage
{
    const string Css = """
        :root{color-scheme:light dark;--bg:#fff;--fg:#1d1d1f;--mute:#555a61;--line:#d5d8de;--accent:#1a4fd0;--code:#f3f4f6}
        @media (prefers-color-scheme:dark){:root{--bg:#18181b;--fg:#f2f2f4;--mute:#b4b7bd;--line:#3a3a41;--accent:#9cbcff;--code:#26262b}}
        *{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
        header,main,footer{max-width:60rem;margin:0 auto;padding:1rem}header{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.5rem;border-bottom:1px solid var(--line)}
        header a,main a,footer a{color:var(--accent)}h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
        .cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1.5rem}
        label{display:block;font-weight:600;margin:.75rem 0 .25rem}.check{display:flex;gap:.5rem;align-items:center;font-weight:600;margin:.75rem 0}.check input{width:auto}
        select,input,textarea{width:100%;font:inherit;color:inherit;background:var(--bg);border:1px solid var(--mute);border-radius:6px;padding:.4rem}
        textarea{font:14px/1.4 ui-monospace,Consolas,monospace;min-height:6.5rem;background:var(--code)}
        button{font:inherit;margin-top:.4rem;padding:.4rem .9rem;border-radius:6px;border:1px solid var(--accent);background:var(--accent);color:var(--bg);cursor:pointer}
        :focus-visible{outline:3px solid var(--accent);outline-offset:2px}iframe{width:100%;height:26rem;border:1px solid var(--line);border-radius:8px}
        code{overflow-wrap:anywhere;font-family:ui-monospace,Consolas,monospace;background:var(--code);padding:0 .2em;border-radius:3px}
        table{border-collapse:collapse;width:100%}th,td{text-align:left;border-bottom:1px solid var(--line);padding:.35rem .5rem;vertical-align:top}
        .hint,footer{color:var(--mute)}
        """;

    // Builds the snippet and the iframe code from the form and redraws the preview; values go into textareas as text.
    const string Script = """
        (function(){var f=document.getElementById("gen"),base=f.getAttribute("data-base"),s=document.getElementById("snippet"),
        fr=document.getElementById("iframe-code"),pv=document.getElementById("preview"),pf=document.getElementById("preview-frame"),st=document.getElementById("copied");
        function opts(){var subj=[].slice.call(f.subjects.selectedOptions).map(function(o){return o.value}).join(","),
        lim=f.limit.value,lang=f.lang.value,mem=f.members.checked;return {subj:subj,lim:lim,lang:lang,mem:mem}}
        function update(){var o=opts(),q=(o.subj?"subjects="+o.subj.split(",").map(encodeURIComponent).join(",")+"&":"")+"limit="+encodeURIComponent(o.lim)+"&lang="+o.lang+(o.mem?"":"&includeMembers=false");
        s.value="<div data-release-calendar"+(o.subj?' data-subjects="'+o.subj+'"':"")+' data-limit="'+o.lim+'" data-lang="'+o.lang+'"'+(o.mem?"":' data-include-members="false"')
        +'></div><script src="'+base+'/embed.js" async></'+'script>';
        var path="/embed/upcoming?"+q;fr.value='<iframe src="'+base+path.replace(/&/g,"&amp;")+'" title="'+f.getAttribute("data-title-"+o.lang)+'" width="100%" height="420" style="border:0" loading="lazy"></iframe>';
        if(o.subj)pv.setAttribute("data-subjects",o.subj);else pv.removeAttribute("data-subjects");pv.setAttribute("data-limit",o.lim);pv.setAttribute("data-lang",o.lang);
        if(o.mem)pv.removeAttribute("data-include-members");else pv.setAttribute("data-include-members","false");
        if(window.ReleaseCalendar)window.ReleaseCalendar.render(pv);pf.src=path}
        f.addEventListener("input",update);f.addEventListener("change",update);f.addEventListener("submit",function(e){e.preventDefault()});
        document.querySelectorAll("button[data-copy]").forEach(function(b){b.addEventListener("click",function(){var t=document.getElementById(b.getAttribute("data-copy"));
        function done(){st.textContent=b.getAttribute("data-done")}
        if(navigator.clipboard&&window.isSecureContext)navigator.clipboard.writeText(t.value).then(done,function(){t.select();document.execCommand("copy");done()});
        else{t.select();document.execCommand("copy");done()}})});update()})();
        """;

    public static byte[] Render(IReadOnlyList<Subject> subjects, string lang, string baseUrl)
    {
        var ru = lang == "ru";
        string L(string r, string e) => ru ? r : e;
        var b = baseUrl.TrimEnd('/');
        var h = new StringBuilder(16 * 1024);
        h.Append("<!doctype html><html lang=\"").Append(lang).Append("\"><head><meta charset=\"utf-8\">")
         .Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>")
         .Append(L("Виджет «Ближайшие релизы» — ReleaseCalendar", "Upcoming releases widget — ReleaseCalendar"))
         .Append("</title><style>").Append(Css).Append("</style></head><body>");
        h.Append("<header><a href=\"/\">ReleaseCalendar</a><nav aria-label=\"").Append(L("Язык страницы", "Page language")).Append("\">")
         .Append(ru ? "<a href=\"/embed?lang=en\" lang=\"en\">English</a>" : "<a href=\"/embed?lang=ru\" lang=\"ru\">Русский</a>")
         .Append("</nav></header><main>");
        h.Append("<h1>").Append(L("Виджет «Ближайшие релизы»", "Upcoming releases widget")).Append("</h1><p>")
         .Append(L("Вставьте на свой сайт список ближайших релизов артистов и шоу: даты и время показываются в часовом поясе посетителя, список обновляется сам.",
                   "Put the upcoming releases of your artists and shows on your site: dates and times appear in each visitor's time zone, and the list keeps itself up to date."))
         .Append("</p>");

        h.Append("<div class=\"cols\"><section aria-labelledby=\"gen-h\"><h2 id=\"gen-h\">").Append(L("Настройка", "Settings")).Append("</h2>")
         .Append("<form id=\"gen\" data-base=\"").Append(E(b)).Append("\" data-title-ru=\"").Append(E(EmbedText.Heading(true))).Append("\" data-title-en=\"").Append(E(EmbedText.Heading(false))).Append("\">")
         .Append("<label for=\"subjects\">").Append(L("Артисты и шоу", "Artists and shows")).Append("</label>")
         .Append("<select id=\"subjects\" name=\"subjects\" multiple size=\"6\" aria-describedby=\"subjects-hint\">");
        foreach (var s in subjects)
            h.Append("<option value=\"").Append(E(s.Slug)).Append("\">").Append(E(s.Name(lang))).Append(" (").Append(E(s.Slug)).Append(")</option>");
        h.Append("</select><p id=\"subjects-hint\" class=\"hint\">")
         .Append(L("Ничего не выбрано — все артисты и шоу. Несколько — с Ctrl или ⌘.", "None selected: every artist and show. Several: hold Ctrl or ⌘."))
         .Append("</p><label for=\"limit\">").Append(L("Сколько релизов", "How many releases")).Append("</label>")
         .Append("<input id=\"limit\" name=\"limit\" type=\"number\" min=\"1\" max=\"").Append(EmbedRequest.MaxLimit).Append("\" value=\"").Append(EmbedRequest.DefaultLimit).Append("\">")
         .Append("<label for=\"lang\">").Append(L("Язык виджета", "Widget language")).Append("</label><select id=\"lang\" name=\"lang\">")
         .Append("<option value=\"ru\"").Append(ru ? " selected" : "").Append(">Русский</option><option value=\"en\"").Append(ru ? "" : " selected").Append(">English</option></select>")
         .Append("<div class=\"check\"><input id=\"members\" name=\"members\" type=\"checkbox\" checked><label for=\"members\">")
         .Append(L("Включая сольные релизы участников групп", "Include group members' solo releases")).Append("</label></div></form>");

        h.Append("<label for=\"snippet\">").Append(L("Код виджета", "Widget code")).Append("</label>")
         .Append("<textarea id=\"snippet\" readonly spellcheck=\"false\"></textarea>")
         .Append("<button type=\"button\" data-copy=\"snippet\" data-done=\"").Append(L("Код виджета скопирован", "Widget code copied")).Append("\">")
         .Append(L("Скопировать код виджета", "Copy widget code")).Append("</button>")
         .Append("<label for=\"iframe-code\">").Append(L("Или iframe", "Or an iframe")).Append("</label>")
         .Append("<textarea id=\"iframe-code\" readonly spellcheck=\"false\"></textarea>")
         .Append("<button type=\"button\" data-copy=\"iframe-code\" data-done=\"").Append(L("Код iframe скопирован", "Iframe code copied")).Append("\">")
         .Append(L("Скопировать код iframe", "Copy iframe code")).Append("</button><p id=\"copied\" role=\"status\" class=\"hint\"></p></section>");

        h.Append("<section aria-labelledby=\"pv-h\"><h2 id=\"pv-h\">").Append(L("Предпросмотр", "Preview")).Append("</h2>")
         .Append("<div id=\"preview\" data-release-calendar data-limit=\"").Append(EmbedRequest.DefaultLimit).Append("\" data-lang=\"").Append(lang).Append("\"></div>")
         .Append("<h2 id=\"pf-h\">").Append(L("Предпросмотр iframe", "Iframe preview")).Append("</h2>")
         .Append("<iframe id=\"preview-frame\" title=\"").Append(E(L("Предпросмотр iframe: ", "Iframe preview: ") + EmbedText.Heading(ru)))
         .Append("\" src=\"/embed/upcoming?limit=").Append(EmbedRequest.DefaultLimit).Append("&amp;lang=").Append(lang).Append("\"></iframe></section></div>");

        h.Append("<section aria-labelledby=\"ref-h\"><h2 id=\"ref-h\">").Append(L("Параметры", "Options")).Append("</h2><table><thead><tr><th scope=\"col\">")
         .Append(L("Атрибут", "Attribute")).Append("</th><th scope=\"col\">").Append(L("Параметр iframe", "Iframe parameter")).Append("</th><th scope=\"col\">")
         .Append(L("Значение", "Meaning")).Append("</th></tr></thead><tbody>")
         .Append("<tr><td><code>data-subjects</code></td><td><code>subjects</code></td><td>").Append(L("адреса (slug) артистов и шоу через запятую; без него — все", "comma list of artist and show slugs; without it, all")).Append("</td></tr>")
         .Append("<tr><td><code>data-limit</code></td><td><code>limit</code></td><td>").Append(L($"сколько релизов, 1–{EmbedRequest.MaxLimit}; по умолчанию {EmbedRequest.DefaultLimit}", $"how many releases, 1–{EmbedRequest.MaxLimit}; {EmbedRequest.DefaultLimit} by default")).Append("</td></tr>")
         .Append("<tr><td><code>data-lang</code></td><td><code>lang</code></td><td>").Append(L("<code>ru</code> (по умолчанию) или <code>en</code>", "<code>ru</code> (the default) or <code>en</code>")).Append("</td></tr>")
         .Append("<tr><td><code>data-include-members</code></td><td><code>includeMembers</code></td><td>").Append(L("<code>false</code> — без сольных релизов участников группы", "<code>false</code>: without the group members' solo releases")).Append("</td></tr>")
         .Append("</tbody></table><p>")
         .Append(L("Несколько виджетов на одной странице работают независимо. Стили виджета изолированы (Shadow DOM): CSS вашего сайта его не ломает, а он не меняет ваш сайт. Данные — ",
                   "Several widgets on one page work independently. The widget's styles are isolated (Shadow DOM): your site's CSS can't break it, and it doesn't change your site. The data is "))
         .Append("<code>").Append(E(b)).Append("/api/embed/upcoming</code>")
         .Append(L(" (JSON, CORS для любого сайта).", " (JSON, CORS for any site)."))
         .Append("</p></section></main><footer><p><a href=\"/\">ReleaseCalendar</a> · <a href=\"/docs\">API</a></p></footer>");
        h.Append("<script src=\"/embed.js\" async></script><script>").Append(Script).Append("</script></body></html>");
        return Encoding.UTF8.GetBytes(h.ToString());
    }

    static string E(string s) => WebUtility.HtmlEncode(s);
}
