/* sitegen progress: a learner's progress on the topics of a roadmap, kept in this browser only.
 *
 * Load it once per page: <script src="/assets/progress.js" defer></script>. It has no
 * dependencies, needs no inline script (it works under Content-Security-Policy: script-src 'self')
 * and adds every control itself: without JavaScript a page shows none.
 *
 * The DOM contract (pages follow it; the script looks for nothing else):
 *   <html data-site="/base/path/">       the site's base path; the storage key is
 *                                         "sitegen-progress:" + it (one key per site)
 *   <div class="progress" data-roadmap="R" data-topic="T"></div>
 *                                         on topic page T of roadmap R, left empty: gets the
 *                                         label "Your progress" and a group it names of the
 *                                         buttons Done, In progress, Skipped and Not started
 *                                         (aria-pressed, one at a time; pressing the pressed
 *                                         one of the first three clears it)
 *   <X data-roadmap="R"> ... <li data-topic="T"><a href="...">Title</a> ... </li> ... </X>
 *                                         a map node: gets a toggle button right after its
 *                                         first own link (cycling not started, done, in
 *                                         progress, skipped) and data-progress="STATE" on the li
 *   <p class="progress-summary" data-roadmap="R" data-total="M" [data-topics="T1 T2 ..."] hidden></p>
 *                                         gets "N of M topics done" and a <progress> bar, and is
 *                                         shown when R has any progress or its map is on the page;
 *                                         N counts only the topics in data-topics, else those of
 *                                         R's map on the page, else every stored one (at most M)
 *   <div class="progress-tools" data-roadmap="R"></div>
 *                                         on the roadmap page, left empty: gets Export (a
 *                                         progress.json download of the whole site's progress),
 *                                         Import (a file picker; a file's roadmaps replace the
 *                                         stored ones) and Reset (this roadmap, after confirm())
 * Changes are announced in a polite live region (<p class="progress-live" role="status">).
 * Once the controls are there, <html> gets the class progress-on (the map's legend explains
 * them then, and only then).
 *
 * Storage: localStorage only, never cookies or the network:
 *   {"version":1,"roadmaps":{"R":{"T":"done"|"in-progress"|"skipped"}}}
 * Unreadable storage is dropped; a topic not on the page's map is ignored; migrate() is where a
 * later version converts older documents.
 */
(() => {
  'use strict';
  const doc = document;
  const key = 'sitegen-progress:' + (doc.documentElement.dataset.site || '/');
  const labels = { done: 'Done', 'in-progress': 'In progress', skipped: 'Skipped' };
  const states = Object.keys(labels);
  const word = (state) => (state ? labels[state].toLowerCase() : 'not started');
  const blank = () => Object.create(null);
  const all = (selector) => doc.querySelectorAll(selector);
  const on = (element, handler, type) => element.addEventListener(type || 'click', handler);
  const boxes = '.progress[data-roadmap][data-topic]';
  const nodes = '[data-roadmap] li[data-topic]';
  const summaries = '.progress-summary[data-roadmap]';
  const toolboxes = '.progress-tools[data-roadmap]';
  if (!all([boxes, nodes, summaries, toolboxes].join()).length) return; // a page without progress
  let store;
  try {
    store = localStorage;
    store.setItem(key + ':probe', '1');
    store.removeItem(key + ':probe');
  } catch (e) {
    return; // storage is off (privacy settings): show nothing rather than controls that forget
  }

  // A stored or imported document of any version as a version 1 document, or null.
  const migrate = (data) => (data && data.version === 1 ? data : null);

  const isObject = (value) => value && typeof value == 'object';
  const clean = (data) => {
    const roadmaps = blank();
    data = migrate(data);
    if (data && isObject(data.roadmaps)) {
      for (const [roadmap, topics] of Object.entries(data.roadmaps)) {
        if (!isObject(topics)) continue;
        roadmaps[roadmap] = blank();
        for (const [topic, state] of Object.entries(topics)) {
          if (states.includes(state)) roadmaps[roadmap][topic] = state;
        }
      }
    }
    return { version: 1, roadmaps };
  };
  const load = () => {
    try {
      return clean(JSON.parse(store.getItem(key)));
    } catch (e) {
      store.removeItem(key);
      return clean(null);
    }
  };
  const topicsOf = (roadmap, roadmaps) => (roadmaps || load().roadmaps)[roadmap] || blank();

  const make = (tag, attributes, text) => {
    const element = doc.createElement(tag);
    for (const name in attributes) element.setAttribute(name, attributes[name]);
    if (text) element.textContent = text;
    return element;
  };
  const button = (text, attributes) => make('button', Object.assign({ type: 'button' }, attributes), text);
  const live = make('p', { class: 'progress-live', role: 'status' });
  const say = (message) => {
    live.textContent = '';
    setTimeout(() => (live.textContent = message), 50);
  };
  const renders = [];
  const render = () => {
    const roadmaps = load().roadmaps; // read once for every control
    renders.forEach((update) => update(roadmaps));
  };
  const save = (data, message) => {
    try {
      store.setItem(key, JSON.stringify(data));
    } catch (e) {
      message = 'Not saved: the browser storage is full or off.';
    }
    render();
    say(message);
  };
  const setState = (roadmap, topic, state, name) => {
    const data = load();
    const topics = (data.roadmaps[roadmap] = data.roadmaps[roadmap] || blank());
    if (state) topics[topic] = state;
    else delete topics[topic];
    save(data, name + ': ' + word(state));
  };

  const choices = states.concat('none'); // the topic page's buttons, "none" for Not started
  for (const box of all(boxes)) {
    const { roadmap, topic } = box.dataset;
    const label = make('p', { class: 'progress-label', id: 'progressOf-' + topic }, 'Your progress');
    const group = make('div', { role: 'group', 'aria-labelledby': label.id });
    const buttons = choices.map((state) => {
      const choice = button(labels[state] || 'Not started', { 'data-state': state });
      on(choice, () =>
        setState(roadmap, topic, labels[state] && topicsOf(roadmap)[topic] != state ? state : null, 'This topic'),
      );
      return choice;
    });
    group.append(...buttons);
    box.append(label, group);
    renders.push((roadmaps) => {
      const current = topicsOf(roadmap, roadmaps)[topic] || 'none';
      buttons.forEach((choice, index) => choice.setAttribute('aria-pressed', choices[index] == current));
    });
  }

  const mapTopics = blank();
  for (const node of all(nodes)) {
    const roadmap = node.closest('[data-roadmap]').dataset.roadmap;
    const topic = node.dataset.topic;
    (mapTopics[roadmap] = mapTopics[roadmap] || new Set()).add(topic);
    const link = [...node.querySelectorAll('a')].find((a) => a.closest('li') == node);
    const name = (link || node).textContent.trim();
    const toggle = button('', { class: 'progress-toggle' });
    on(toggle, () => setState(roadmap, topic, states[states.indexOf(topicsOf(roadmap)[topic]) + 1], name));
    if (link) link.after(toggle);
    else node.prepend(toggle);
    renders.push((roadmaps) => {
      const state = topicsOf(roadmap, roadmaps)[topic];
      toggle.dataset.state = state || 'none';
      toggle.title = name + ': ' + word(state);
      toggle.setAttribute('aria-label', toggle.title);
      if (state) node.dataset.progress = state;
      else delete node.dataset.progress;
    });
  }

  for (const summary of all(summaries)) {
    const { roadmap, topics } = summary.dataset;
    const total = +summary.dataset.total || 0;
    const scope = topics ? new Set(topics.split(/\s+/)) : mapTopics[roadmap];
    const text = make('span');
    const bar = make('progress', { max: total, 'aria-hidden': 'true' });
    summary.replaceChildren(text, ' ', bar);
    renders.push((roadmaps) => {
      const known = Object.entries(topicsOf(roadmap, roadmaps)).filter(([topic]) => !scope || scope.has(topic));
      const done = Math.min(total, known.filter(([, state]) => state == 'done').length);
      text.textContent = done + ' of ' + total + (total == 1 ? ' topic' : ' topics') + ' done';
      bar.value = done;
      summary.hidden = !total || !(known.length || mapTopics[roadmap]);
    });
  }

  for (const tools of all(toolboxes)) {
    const roadmap = tools.dataset.roadmap;
    const exporter = button('Export progress');
    const importer = button('Import progress');
    const reset = button('Reset this roadmap');
    const file = make('input', { type: 'file', accept: '.json', hidden: '' });
    on(exporter, () => {
      const link = make('a', { download: 'progress.json' });
      link.href = URL.createObjectURL(new Blob([JSON.stringify(load(), null, 2)], { type: 'application/json' }));
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 9999);
      say('Progress exported.');
    });
    on(importer, () => file.click());
    on(
      file,
      async () => {
        const picked = file.files[0];
        file.value = '';
        if (!picked) return;
        let data;
        try {
          data = JSON.parse(await picked.text());
        } catch (e) {}
        if (!migrate(data)) return say(picked.name + ' is not a progress export; nothing changed.');
        const imported = clean(data).roadmaps;
        const stored = load();
        Object.assign(stored.roadmaps, imported);
        const count = Object.keys(imported).length;
        save(stored, 'Progress imported for ' + count + (count == 1 ? ' roadmap.' : ' roadmaps.'));
      },
      'change',
    );
    on(reset, () => {
      if (!confirm('Reset your progress on this roadmap?')) return;
      const data = load();
      delete data.roadmaps[roadmap];
      save(data, 'Progress on this roadmap reset.');
    });
    tools.append(exporter, importer, reset, file);
  }

  doc.body.append(live);
  doc.documentElement.classList.add('progress-on');
  render();
  on(window, (event) => (event.key == key || event.key == null) && render(), 'storage');
})();
