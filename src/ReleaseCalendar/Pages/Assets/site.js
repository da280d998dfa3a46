// ReleaseCalendar pages: the visitor's local time, search as you type, live subscribe links, copy. No framework.
// Every text it writes goes in with textContent; data never becomes markup.
(() => {
  'use strict';
  const ZONES = /*ZONES*/{};
  const doc = document;
  const ru = doc.documentElement.lang !== 'en';

  // The server's ZoneNames: «по Сеулу» / "Seoul time", else the city of the tzdb id.
  const phrase = (tz) => {
    const known = ZONES[tz];
    if (known) return known[ru ? 0 : 1];
    const city = tz.slice(tz.lastIndexOf('/') + 1).replace(/_/g, ' ');
    return ru ? 'по времени ' + city : city + ' time';
  };

  // «24 мая, 13:00 по Сеулу» gets « (07:00 по Москве)», with the day when it differs there.
  const localTimes = () => {
    let here;
    try { here = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch { return; }
    if (!here) return;
    const parts = (zone, when) => {
      const out = {};
      const f = new Intl.DateTimeFormat(ru ? 'ru-RU' : 'en-US',
        { timeZone: zone, day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
      for (const p of f.formatToParts(when)) out[p.type] = p.value;
      return out;
    };
    for (const el of doc.querySelectorAll('time[data-tz]')) {
      const when = new Date(el.getAttribute('datetime'));
      const zone = el.dataset.tz;
      if (isNaN(when.getTime()) || zone === here || el.dataset.local) continue;
      let there, mine;
      try { there = parts(zone, when); mine = parts(here, when); } catch { continue; }
      const sameDay = there.day === mine.day && there.month === mine.month;
      if (sameDay && there.hour === mine.hour && there.minute === mine.minute) continue;
      const day = sameDay ? '' : (ru ? mine.day + ' ' + mine.month : mine.month + ' ' + mine.day) + ', ';
      const span = doc.createElement('span');
      span.className = 'local';
      span.textContent = ' (' + day + mine.hour + ':' + mine.minute + ' ' + phrase(here) + ')';
      el.dataset.local = '1';
      el.after(span);
    }
  };

  // Search as you type. A list of the whole catalogue is filtered in the page over its folded names (Pages/PageQueries.cs
  // SearchKey folds them the same way); a partial one (capped for a large catalogue, or already a search's result) asks
  // the server for `/?q=` and takes its list and status.
  const search = () => {
    const input = doc.getElementById('search');
    if (!input) return;
    const list = doc.getElementById('subjects');
    const status = doc.getElementById('search-status');
    const fold = (s) => s.normalize('NFC').toLowerCase().replace(/ё/g, 'е').replace(/[\s-]+/g, '');
    const filter = () => {
      const items = Array.from(list.querySelectorAll('li[data-search]'));
      const q = fold(input.value);
      let n = 0;
      for (const li of items) {
        const hit = q === '' || li.dataset.search.split('|').some((name) => name.includes(q));
        li.hidden = !hit;
        if (hit) n++;
      }
      status.textContent = q === '' ? '' : n > 0 ? status.dataset.found.replace('{0}', String(n)) : status.dataset.nothing;
    };
    let asked = 0;
    const ask = async () => {
      const mine = ++asked;
      const url = new URL(input.form.action, location.href);
      for (const [k, v] of new FormData(input.form)) if (v !== '') url.searchParams.set(k, v);
      const response = await fetch(url, { headers: { Accept: 'text/html' } });
      if (!response.ok || mine !== asked) return; // a later keystroke has asked since
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const fresh = page.getElementById('subjects');
      if (!fresh) return;
      list.replaceChildren(...Array.from(fresh.childNodes, (node) => doc.importNode(node, true)));
      status.textContent = page.getElementById('search-status').textContent;
      history.replaceState(null, '', url.pathname + url.search);
    };
    let timer = 0;
    const partial = list.dataset.partial === 'true';
    input.addEventListener('input', () => {
      if (!partial) { filter(); return; }
      clearTimeout(timer);
      timer = setTimeout(ask, 150);
    });
  };

  // RFC 3986 unreserved characters stay, as Uri.EscapeDataString leaves them (SubscribeLinks.Encode).
  const enc = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());

  // The subscribe page: the same query as SubscribeOptions.FeedQuery, rebuilt on every change.
  const subscribe = () => {
    const form = doc.getElementById('options');
    const box = doc.getElementById('subscribe');
    if (!form || !box) return;
    const apply = form.querySelector('[data-apply]');
    if (apply) apply.hidden = true;
    const update = () => {
      const kinds = Array.from(form.querySelectorAll('input[name=kinds]'));
      const picked = kinds.filter((k) => k.checked).map((k) => k.value);
      const feedLang = (form.querySelector('input[name=feedLang]:checked') || {}).value || (ru ? 'ru' : 'en');
      let q = '?lang=' + feedLang;
      if (picked.length > 0 && picked.length < kinds.length) q += '&kinds=' + picked.join(',');
      const members = form.querySelector('input[name=includeMembers]');
      if (members && !members.checked) q += '&includeMembers=false';
      const alarm = form.querySelector('select[name=alarm]').value;
      if (alarm) q += '&alarm=' + alarm;
      const https = box.dataset.feed + q;
      const name = feedLang === 'ru' ? box.dataset.nameRu : box.dataset.nameEn;
      const links = {
        webcal: 'webcal://' + https.slice(https.indexOf('://') + 3),
        google: 'https://calendar.google.com/calendar/r?cid=' + enc(https),
        outlook: 'https://outlook.live.com/calendar/0/addfromweb?url=' + enc(https) + '&name=' + enc(name),
        outlook365: 'https://outlook.office.com/calendar/0/addfromweb?url=' + enc(https) + '&name=' + enc(name),
        download: box.dataset.download + q,
        qr: box.dataset.qr + q,
        https,
      };
      for (const el of box.querySelectorAll('[data-link]')) {
        const value = links[el.dataset.link];
        if (el.tagName === 'INPUT') el.value = value;
        else if (el.tagName === 'IMG') el.src = value;
        else el.href = value;
      }
      // The address bar keeps the options, so a reload or a shared link shows the same links.
      const params = new URLSearchParams(new FormData(form));
      history.replaceState(null, '', location.pathname + '?' + params.toString());
    };
    form.addEventListener('change', update);
    form.addEventListener('submit', (e) => { e.preventDefault(); update(); });
  };

  const copy = () => {
    for (const button of doc.querySelectorAll('button[data-copy]')) {
      const input = doc.getElementById(button.dataset.copy);
      const status = doc.getElementById(button.dataset.status);
      button.hidden = false;
      button.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText(input.value);
          status.textContent = button.dataset.done;
        } catch {
          input.focus();
          input.select();
          status.textContent = button.dataset.fail;
        }
      });
    }
  };

  const start = () => { localTimes(); search(); subscribe(); copy(); };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start); else start();
})();
