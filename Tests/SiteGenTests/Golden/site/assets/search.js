/* sitegen search: the search box of a site with `search: true`, over the index Pagefind writes.
 *
 * Loaded with defer; no dependencies of its own, no inline script (it works under
 * Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval', the second for Pagefind's
 * WebAssembly). Each <form class="site-search" data-search-bundle="/base/pagefind/"
 * data-search-base="/base/" hidden> is shown once the index answers (so never without
 * JavaScript, nor in `sitegen serve`, which writes no index) and gets a status line and a list of
 * results: page title, the roadmap it belongs to (the meta `roadmap`) and an excerpt.
 * Pagefind's own pagefind.js is loaded only when a box is first used; a query then downloads only
 * the index chunks and fragments it needs.
 */
(() => {
  'use strict';
  const forms = document.querySelectorAll('form.site-search[data-search-bundle]');
  if (!forms.length || !window.fetch) return;
  const bundle = forms[0].dataset.searchBundle;
  const base = forms[0].dataset.searchBase || '/';
  const shown = 8;
  let engine = null;
  const load = () =>
    engine ||
    (engine = import(bundle + 'pagefind.js').then(async (pagefind) => {
      await pagefind.options({ baseUrl: base, excerptLength: 24 });
      await pagefind.init();
      return pagefind;
    }));

  // Pagefind's excerpt is HTML with <mark> around the words found: keep its text and marks only.
  const excerpt = (html) => {
    const paragraph = document.createElement('p');
    const parsed = new DOMParser().parseFromString('<body>' + html, 'text/html').body;
    for (const node of parsed.childNodes) {
      if (node.nodeName === 'MARK') {
        const mark = document.createElement('mark');
        mark.textContent = node.textContent;
        paragraph.append(mark);
      } else {
        paragraph.append(node.textContent);
      }
    }
    return paragraph;
  };

  const item = (data) => {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = (data.meta && data.meta.title) || data.url;
    li.append(link);
    const roadmap = data.meta && data.meta.roadmap;
    if (roadmap && roadmap !== link.textContent) {
      const from = document.createElement('span');
      from.className = 'search-roadmap';
      from.textContent = roadmap;
      li.append(from);
    }
    li.append(excerpt(data.excerpt || ''));
    return li;
  };

  const setUp = (form) => {
    const input = form.querySelector('input[type=search]');
    if (!input) return;
    const status = document.createElement('p');
    status.className = 'search-status';
    status.setAttribute('role', 'status');
    const list = document.createElement('ol');
    list.className = 'search-results';
    list.setAttribute('aria-label', 'Search results');
    form.append(status, list);
    let latest = 0;
    const clear = () => {
      latest++;
      list.replaceChildren();
      status.textContent = '';
    };
    const run = async () => {
      const query = input.value.trim();
      if (!query) return clear();
      const mine = ++latest;
      try {
        const pagefind = await load();
        const search = await pagefind.debouncedSearch(query, {}, 150);
        if (search === null || mine !== latest) return;
        const results = await Promise.all(search.results.slice(0, shown).map((result) => result.data()));
        if (mine !== latest) return;
        list.replaceChildren(...results.map(item));
        const count = search.results.length;
        status.textContent =
          count === 0 ? 'No results' : count > shown ? `${count} results, the first ${shown} shown` : `${count} result${count === 1 ? '' : 's'}`;
      } catch (error) {
        if (mine === latest) status.textContent = 'Search is not available right now';
      }
    };
    input.addEventListener('input', run);
    input.addEventListener('focus', () => load().catch(() => {}), { once: true });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && input.value) {
        input.value = '';
        clear();
      }
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const first = list.querySelector('a');
      if (first) first.focus();
    });
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && event.target !== input) {
        clear();
        input.focus();
      }
    });
    if (form.closest('.site-header')) {
      // The header's results drop down over the page: a click elsewhere closes them.
      document.addEventListener('click', (event) => {
        if (!form.contains(event.target)) clear();
      });
    }
    form.hidden = false;
  };

  // Shown only when the index is there: a small request, not the index itself.
  fetch(bundle + 'pagefind-entry.json', { method: 'HEAD' }).then(
    (response) => {
      if (response.ok) forms.forEach(setUp);
    },
    () => {}
  );
})();
