// swift-format-ignore-file
// Generated from the default theme's folder: do not edit. After changing the theme, run
//   SITEGEN_RECORD_THEME=1 swift test --filter EmbeddedThemeTests
// (EmbeddedThemeTests fails while this file is stale). SwiftPM's .embedInCode cannot carry
// a folder tree: it names each file by its name alone and does not list them.
import Foundation

/// The default theme, built into sitegen.
package enum DefaultThemeFiles {
    /// Every file of the default theme, by its path in the theme's folder
    /// (`layout.mustache`, `partials/head.mustache`, `assets/style.css`).
    package static let files: [String: [UInt8]] = [
        "404.mustache": text(
#"""
{{<layout}}
{{$content}}
<header class="page-header">
<h1>Page not found</h1>
</header>
<p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
<p><a href="{{site.indexPath}}">See all {{site.title}}</a></p>
{{/content}}
{{/layout}}

"""#),
        "assets/favicon.ico": base64(
"""
AAABAAIAEBAAAAEAIABoBAAAJgAAACAgAAABACAAqBAAAI4EAAAoAAAAEAAAACAAAAABACAAAAAA
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMQ8elDEPHrfxDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/
xDx6/8Q8ev/EPHr/xDx6/8Q8et/EPHpQAAAAAMQ8elDEPHr/xDx6/7hck/+kkr3/uFyT/8Q8ev/E
PHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8elDEPHrfxDx6/7xRi/+I3Pf/hOf//4jc
9/+8UYv/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHrfxDx6/8Q8ev+0Z5v/hOf/
/4Tn//+E5///2eHu/96RtP/LVIv/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/
xDx6/5ynzf+E5///oLPV//Ta5v////////////Ta5v+gs9X/hOf//5ynzf/EPHr/xDx6/8Q8ev/E
PHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/y1SL/96RtP/Z4e7/hOf//4Tn//+E5///tGeb/8Q8
ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/TbZv/5dfm/4zp//+E5///iNz3
/7xRi//EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8hIgv/lqsX///////jn7v/Dgaz/
pJK9/7hck//EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev+4XJP/pJK9/8OBrP/45+7//////+Wqxf/I
SIL/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev+8UYv/iNz3/4Tn//+M6f//5dfm/9Nt
m//EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/tGeb/4Tn//+E5///hOf/
/9nh7v/ekbT/y1SL/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev+cp83/
hOf//6Cz1f/02ub////////////02ub/oLPV/4Tn//+cp83/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/E
PHr/xDx6/8Q8ev/EPHr/xDx6/8tUi//ekbT/2eHu/4Tn//+E5///hOf//7Rnm//EPHr/xDx6/8Q8
et/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/7xRi/+I3Pf/hOf//4jc9/+8UYv/xDx6
/8Q8et/EPHpQxDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/uFyT/6SSvf+4XJP/
xDx6/8Q8ev/EPHpQAAAAAMQ8elDEPHrfxDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/E
PHr/xDx6/8Q8et/EPHpQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAIAAAAEAAAAABACAAAAAAAAAAAAAAAAAAAAAA
AAAAAAAAAAAAAAAAAAAAAAAAAAAAxDx6IMQ8eo/EPHrPxDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/
xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/E
PHrPxDx6j8Q8eiAAAAAAAAAAAAAAAAAAAAAAAAAAAMQ8emDEPHrvxDx6/8Q8ev/EPHr/xDx6/8Q8
ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6
/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx678Q8emAAAAAAAAAAAAAAAADEPHpgxDx6/8Q8ev/EPHr/
xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/E
PHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8emAAAAAAxDx6IMQ8
eu/EPHr/xDx6/8Q8ev/EPHr/wEeC/5ynzf+E5///hOf//5ynzf/AR4L/xDx6/8Q8ev/EPHr/xDx6
/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/
xDx678Q8eiDEPHqPxDx6/8Q8ev/EPHr/xDx6/8Q8ev+Qx+b/hOf//4Tn//+E5///hOf//5DH5v/E
PHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8
ev/EPHr/xDx6/8Q8ev/EPHr/xDx6j8Q8es/EPHr/xDx6/8Q8ev/EPHr/rHys/4Tn//+E5///hOf/
/4Tn//+E5///hOf//6x8rP/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/
xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHrPxDx6/8Q8ev/EPHr/xDx6/8Q8ev+k
kr3/hOf//4Tn//+E5///hOf//4Tn//+E5///utvu/96RtP/LVIv/xDx6/8Q8ev/EPHr/xDx6/8Q8
ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6
/8Q8ev/EPHr/xDx6/6x8rP+E5///hOf//4Tn//+E5///hOf//4Tn///R9v/////////////02ub/
2oWs/8hIgv/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/E
PHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/5DH5v+E5///hOf//4Tn//+E5///m+z/////
/////////////////////////////+3C1f/ahaz/wEeC/5ynzf+E5///hOf//5ynzf/AR4L/xDx6
/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/wEeC/5ynzf+E5///
hOf//5ynzf/AR4L/2oWs/+3C1f////////////////////////////////+b7P//hOf//4Tn//+E
5///hOf//5DH5v/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8
ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8hIgv/ahaz/9Nrm////////////0fb/
/4Tn//+E5///hOf//4Tn//+E5///hOf//6x8rP/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/
xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/E
PHr/y1SL/96RtP+62+7/hOf//4Tn//+E5///hOf//4Tn//+E5///pJK9/8Q8ev/EPHr/xDx6/8Q8
ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6
/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/3pG0/83q9/+E5///hOf//4Tn//+E5///hOf//4Tn//+sfKz/
xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/E
PHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/y1SL//DO3v///////////5vs//+E5///hOf//4Tn
//+E5///kMfm/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6
/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/+Kevf/78/f/////////////////
8OXu/5ynzf+E5///hOf//5ynzf/AR4L/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/E
PHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/89hk//02ub/////////
/////////////+Kevf/ISIL/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6
/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8hIgv/inr3/
//////////////////////Ta5v/PYZP/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/E
PHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8BHgv+cp83/hOf//4Tn
//+cp83/8OXu//////////////////vz9//inr3/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6
/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/
kMfm/4Tn//+E5///hOf//4Tn//+b7P/////////////wzt7/y1SL/8Q8ev/EPHr/xDx6/8Q8ev/E
PHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8
ev/EPHr/xDx6/6x8rP+E5///hOf//4Tn//+E5///hOf//4Tn///N6vf/3pG0/8Q8ev/EPHr/xDx6
/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/
xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/pJK9/4Tn//+E5///hOf//4Tn//+E5///hOf//7rb7v/e
kbT/y1SL/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8
ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev+sfKz/hOf//4Tn//+E5///hOf/
/4Tn//+E5///0fb/////////////9Nrm/9qFrP/ISIL/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/
xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev+Q
x+b/hOf//4Tn//+E5///hOf//5vs///////////////////////////////////twtX/2oWs/8BH
gv+cp83/hOf//4Tn//+cp83/wEeC/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6
/8Q8ev/EPHr/xDx6/8BHgv+cp83/hOf//4Tn//+cp83/wEeC/9qFrP/twtX/////////////////
////////////////m+z//4Tn//+E5///hOf//4Tn//+Qx+b/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/E
PHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8
ev/ISIL/2oWs//Ta5v///////////9H2//+E5///hOf//4Tn//+E5///hOf//4Tn//+sfKz/xDx6
/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/
xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8tUi//ekbT/utvu/4Tn//+E5///hOf//4Tn//+E
5///hOf//6SSvf/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8es/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8
ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev+sfKz/hOf/
/4Tn//+E5///hOf//4Tn//+E5///rHys/8Q8ev/EPHr/xDx6/8Q8ev/EPHrPxDx6j8Q8ev/EPHr/
xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/E
PHr/xDx6/8Q8ev+Qx+b/hOf//4Tn//+E5///hOf//5DH5v/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8
eo/EPHogxDx678Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6
/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8BHgv+cp83/hOf//4Tn//+cp83/wEeC/8Q8ev/EPHr/
xDx6/8Q8ev/EPHrvxDx6IAAAAADEPHpgxDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/E
PHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8
ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8emAAAAAAAAAAAAAAAADEPHpgxDx678Q8ev/EPHr/xDx6
/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/
xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8eu/EPHpgAAAAAAAAAAAAAAAAAAAAAAAAAADE
PHogxDx6j8Q8es/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8
ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8ev/EPHr/xDx6/8Q8es/EPHqPxDx6IAAAAAAAAAAAAAAA
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
AAAAAAAAAAAAAAAAAAAA
"""),
        "assets/favicon.svg": text(
#"""
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#7a3cc4"/><path d="M9 25.5 L23 20.5 L9 11.5 L23 6.5" fill="none" stroke="#ffffff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/><circle cx="9" cy="25.5" r="3.5" fill="#ffe784"/><circle cx="23" cy="20.5" r="3.5" fill="#ffe784"/><circle cx="9" cy="11.5" r="3.5" fill="#ffe784"/><circle cx="23" cy="6.5" r="3.5" fill="#ffe784"/></svg>

"""#),
        "assets/progress.js": text(
#"""
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

"""#),
        "assets/search.js": text(
#"""
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

"""#),
        "assets/style.css": text(
#"""
/* sitegen default theme: one small stylesheet, no JavaScript. */
:root {
  color-scheme: light dark;
  --text: #1c1e21;
  --muted: #4f5660;
  --bg: #ffffff;
  --surface: #f4f6f8;
  /* Inline code's box: darker than --surface, so its padding reads as the box's, not as a
     space beside it ("(GET", not "( GET"). */
  --code-bg: #e9ecf0;
  --border: #d5dae0;
  --link: #0b57d0;
  --accent: #7a3cc4;
  /* The one focus color: at least 3:1 against every background of the theme, the map's
     included (WCAG 2.1, 1.4.11 Non-text Contrast; Tests/SiteGenTests/Theme/ThemeStyleTests.swift). */
  --focus: #a35200;
  --measure: 44rem;
}

@media (prefers-color-scheme: dark) {
  :root {
    --text: #e8eaed;
    --muted: #b4bac2;
    --bg: #15171a;
    --surface: #1f2227;
    --code-bg: #2a2e35;
    --border: #3a3f46;
    --link: #8ab4f8;
    --accent: #c9a2f5;
    --focus: #f29900;
  }
}

*, *::before, *::after { box-sizing: border-box; }

html { -webkit-text-size-adjust: 100%; }

body {
  margin: 0;
  font: 1.0625rem/1.65 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--text);
  background: var(--bg);
}

.wrap { max-width: var(--measure); margin: 0 auto; padding: 0 1.25rem; }

a { color: var(--link); }
a:hover { text-decoration: underline double; }
img { max-width: 100%; height: auto; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }

.skip-link { position: absolute; left: -999px; top: 0; padding: 0.5rem 1rem; background: var(--bg); z-index: 10; }
.skip-link:focus { left: 0.5rem; top: 0.5rem; }
/* The map's own skip link (partials/map) shows over the map's heading. */
.map { position: relative; }

.site-header { border-bottom: 1px solid var(--border); }
.site-header .wrap { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem; padding-top: 0.75rem; padding-bottom: 0.75rem; }
.site-title { font-weight: 700; color: var(--text); text-decoration: none; }
.site-nav ul { display: flex; gap: 1rem; margin: 0; padding: 0; list-style: none; }

main { padding-top: 1.5rem; padding-bottom: 3rem; }

h1, h2, h3 { line-height: 1.25; }
h1 { font-size: clamp(1.75rem, 5vw, 2.4rem); margin: 0.25rem 0 0.5rem; }
h2 { font-size: 1.45rem; margin-top: 2.25rem; padding-top: 0.5rem; border-top: 1px solid var(--border); }
h3 { font-size: 1.15rem; margin-top: 1.5rem; }

.lead { font-size: 1.15rem; color: var(--muted); }
.meta, .updated { color: var(--muted); font-size: 0.95rem; }
.level { display: inline-block; padding: 0 0.5rem; border: 1px solid var(--accent); border-radius: 999px; color: var(--accent); }

/* The breadcrumb wraps as text does, between items and between words; each separator ends the
   item before it, held to its last word by a no-break space, so that no line starts with one. */
.breadcrumb ol { margin: 0; padding: 0; list-style: none; font-size: 0.95rem; }
.breadcrumb li { display: inline; }
.breadcrumb li:not(:last-child)::after { content: "\a0\203A"; content: "\a0\203A" / ""; color: var(--muted); }

ul, ol { padding-left: 1.5rem; }
/* Items of lists read down the page are spaced; lists a nav lays out (the site nav and the
   breadcrumb in a row, the map as a drawing) are not. Weightless, so any class wins. */
:where(:is(ul, ol):not(nav *) > li + li), :where(.related li + li) { margin-top: 0.25rem; }
/* Task items (Markdown/TaskListLabels.swift): the checkbox takes the bullet's place. */
li:has(> .task, > p:first-child > .task) { list-style: none; }
.task > input { margin: 0 0.45em 0 -1.35em; vertical-align: -0.1em; }

code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; }
code { background: var(--code-bg); padding: 0.1em 0.2em; border-radius: 4px; }
pre { background: var(--surface); padding: 1rem; overflow-x: auto; border-radius: 6px; }
pre code { background: none; padding: 0; }

table { border-collapse: collapse; display: block; overflow-x: auto; max-width: 100%; }
th, td { border: 1px solid var(--border); padding: 0.4rem 0.7rem; }
th { background: var(--surface); }

blockquote { margin: 1rem 0; padding: 0 1rem; border-left: 4px solid var(--border); color: var(--muted); }

.faq h3 { margin-bottom: 0.25rem; }
.answer > :first-child { margin-top: 0.25rem; }
.more { font-weight: 600; }

.cards { list-style: none; padding: 0; display: grid; gap: 1rem; }
.card { border: 1px solid var(--border); border-radius: 8px; padding: 0.75rem 1rem; background: var(--surface); }
.card h3 { margin: 0; }
.card p { margin: 0.35rem 0 0; }
.card .mutual { color: var(--accent); font-size: 0.95rem; font-weight: 600; }
.mutual::before { content: "\2194\00a0"; content: "\2194\00a0" / ""; }

/* The home page: a grid of cards, filtered by level with radio buttons and :has() (no script);
   a browser without :has() shows every card, and no buttons. */
body:has(.home) .wrap { max-width: 76rem; }
.cards > .card { margin: 0; }
/* auto-fit: a level with fewer cards than fit in a row spreads them over the row's width
   rather than leaving empty columns; the text in a wide card keeps a readable measure. */
.home .cards { grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr)); align-items: stretch; }
.home .card { display: flex; flex-direction: column; }
.home .card > * { max-width: 40rem; }
.home .card .updated { margin-top: auto; padding-top: 0.5rem; font-size: 0.9rem; }
.level-filter { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; margin: 1.25rem 0 0; padding: 0; border: 0; }
/* No padding: browsers give a legend 2px each side, which set "Level" off the "Search" label's edge. */
.level-filter legend { float: left; margin-right: 0.25rem; padding: 0; font-weight: 600; }
.level-filter input { position: absolute; opacity: 0; width: 1px; height: 1px; margin: 0; }
.level-filter label { padding: 0.3rem 0.8rem; border: 1px solid var(--border); border-radius: 999px; background: var(--surface); cursor: pointer; }
.level-filter label:hover { border-color: var(--link); }
.level-filter input:checked + label { border-color: var(--link); background: var(--link); color: var(--bg); }
.level-filter input:focus-visible + label { outline: 3px solid var(--focus); outline-offset: 2px; }
.level-filter .count { opacity: 0.85; }
@supports not selector(:has(*)) { .level-filter { display: none; } }
.home:has(#showBeginner:checked) .level-group:not([data-level="beginner"]),
.home:has(#showIntermediate:checked) .level-group:not([data-level="intermediate"]),
.home:has(#showAdvanced:checked) .level-group:not([data-level="advanced"]),
.home:has(#showOther:checked) .level-group:not([data-level="other"]) { display: none; }

/* Search (templates/assets/search.js shows the box once it finds the index). */
.site-search[hidden] { display: none; }
.site-search { position: relative; }
.site-search label { display: flex; align-items: center; gap: 0.5rem; }
.site-search input { width: 100%; min-width: 0; padding: 0.4rem 0.6rem; border: 1px solid var(--muted); border-radius: 6px; background: var(--bg); color: var(--text); font: inherit; }
.site-header .site-search { flex: 0 1 20rem; }
@media (max-width: 40rem) { .site-header .site-search { flex-grow: 1; } }
.site-header .site-search-label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.home .site-search { margin-top: 1rem; max-width: 40rem; }
.home .site-search-label { font-weight: 600; }
/* On a phone the home page's label goes above the box, which then has the width its placeholder needs. */
@media (max-width: 30rem) { .home .site-search label { flex-direction: column; align-items: stretch; gap: 0.25rem; } }
.search-results { margin: 0.5rem 0 0; padding: 0; list-style: none; }
.search-results:empty { display: none; }
.site-header .search-results { position: absolute; z-index: 20; top: 100%; left: 0; right: 0; max-height: 70vh; overflow-y: auto; border: 1px solid var(--border); border-radius: 8px; background: var(--bg); box-shadow: 0 6px 24px rgb(0 0 0 / 0.25); }
.search-results li { padding: 0.6rem 0.8rem; border-bottom: 1px solid var(--border); }
.search-results li:last-child { border-bottom: 0; }
.search-results a { font-weight: 600; }
.search-results .search-roadmap { display: block; color: var(--muted); font-size: 0.85rem; }
.search-results p { margin: 0.2rem 0 0; font-size: 0.92rem; overflow-wrap: anywhere; }
.search-results mark { background: var(--surface); color: inherit; font-weight: 700; text-decoration: underline; }
.search-status:empty { margin: 0; }
.search-status { margin: 0.4rem 0 0; color: var(--muted); font-size: 0.9rem; }
.site-header .search-status { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

.related ul { padding-left: 1.25rem; }
/* A topic page (topic.mustache): its subtopics, then the previous and next topic in map order. */
.subtopics ul { padding-left: 1.25rem; }
.subtopics .map-label { color: var(--muted); font-style: italic; }
.pager { display: flex; flex-wrap: wrap; gap: 0.75rem; margin-top: 2.25rem; padding-top: 1rem; border-top: 1px solid var(--border); }
.pager a { flex: 1 1 12rem; padding: 0.6rem 0.9rem; border: 1px solid var(--border); border-radius: 8px; background: var(--surface); }
.pager .pager-next { text-align: right; }
.pager .pager-up { flex-basis: 100%; padding: 0; border: 0; background: none; font-weight: 600; }
.pager-label { display: block; color: var(--muted); font-size: 0.85rem; }
.footnotes { font-size: 0.95rem; color: var(--muted); }

.site-footer { border-top: 1px solid var(--border); padding-top: 1rem; padding-bottom: 1rem; color: var(--muted); font-size: 0.95rem; }

@media print {
  .site-header, .site-footer, .skip-link, .site-search, .level-filter, .contents { display: none; }
  a { color: inherit; }
  /* Paper has no links: the address of each resource is printed after it (not the site's own
     navigation, whose links are relative). */
  main a:is([href^="http://"], [href^="https://"]):not(nav a)::after { content: " (" attr(href) ")"; font-size: 0.85em; overflow-wrap: anywhere; }
}

/* The roadmap page's sections to jump to (partials/contents): folded in a box on narrow screens;
   on wide ones a column beside the text that stays in view while it scrolls. The text keeps its
   measure: it moves left (with the header and footer, to stay in line) only where the column
   would not fit beside it centred. */
.contents { margin: 1.5rem 0; }
.contents ol { margin: 0; padding-left: 1.5rem; }
.contents li { margin: 0; }
.contents li + li { margin-top: 0.3rem; }
.contents-fold { border: 1px solid var(--border); border-radius: 8px; background: var(--surface); }
.contents-fold summary { padding: 0.5rem 1rem; font-weight: 600; cursor: pointer; }
.contents-fold[open] summary { border-bottom: 1px solid var(--border); }
.contents-fold ol { padding: 0.6rem 1rem 0.75rem 2.5rem; }
.contents-title { margin: 0 0 0.5rem; color: var(--muted); font-size: 0.85rem; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase; }
@media (min-width: 68.75rem) {
  body:has(.roadmap > .contents) .wrap { margin-left: max(0px, min(50% - var(--measure) / 2, 100% - var(--measure) - 15.25rem)); }
  .contents {
    position: sticky; top: 1rem; float: right; clear: right; width: 13rem; margin: 0.5rem -15.5rem 0 0;
    max-height: calc(100vh - 2rem); overflow-y: auto; font-size: 0.92rem; line-height: 1.45;
  }
  .contents-fold { display: none; }
  .contents-side[hidden] { display: block; }
  .contents-side { padding-left: 1rem; border-left: 2px solid var(--border); }
  .contents-side ol { padding-left: 1.25rem; }
  /* The map (partials/map, above the list) keeps the width and place it has on a page without
     the list, centred on the window, also where the text moves left (the .wrap rule above); its
     heading and text stay in line with the page's text. */
  body:has(.roadmap > .contents) .map {
    --map-left: calc(50vw - min(34rem, 50vw - 1.5rem) - 1.25rem - max(0px, min(50vw - var(--measure) / 2, 100vw - var(--measure) - 15.25rem)));
    width: calc(2 * min(34rem, 50vw - 1.5rem)); margin-right: 0; margin-left: var(--map-left);
  }
  body:has(.roadmap > .contents) .map > :not(.map-tree) { margin-left: calc(-1 * var(--map-left)); }
}

/* Labels of typed resources: [@video@Title](url) (Markdown/TypedResources.swift). */
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.resource-type { display: inline-block; margin-right: 0.45em; padding: 0 0.45em; border: 1px solid currentColor; border-radius: 4px; font-size: 0.75em; font-weight: 600; line-height: 1.5; letter-spacing: 0.02em; vertical-align: 0.1em; color: var(--resource, var(--muted)); }
.resource-type-video, .resource-type-podcast { --resource: #b3261e; }
.resource-type-course, .resource-type-book { --resource: #1e6b34; }
.resource-type-official, .resource-type-roadmap { --resource: #6a2fb0; }
.resource-type-article, .resource-type-feed, .resource-type-opensource { --resource: #0b57d0; }
@media (prefers-color-scheme: dark) {
  .resource-type-video, .resource-type-podcast { --resource: #f2b8b5; }
  .resource-type-course, .resource-type-book { --resource: #9ad7a8; }
  .resource-type-official, .resource-type-roadmap { --resource: #d7baf8; }
  .resource-type-article, .resource-type-feed, .resource-type-opensource { --resource: #a8c7fa; }
}

/* The roadmap's map (partials/map): a nested list drawn as a spine of topics with their
   subtopics in branches. Numbered groups are sequences, dashed ones may be taken in any order;
   labels are plain italic text; nodes that lead to another roadmap are pills. No script. */
.map {
  --map-spine: #3d4451;
  --map-line: #6b7280;
  --map-text: #1c1e21;
  --map-topic-bg: #ffe784;
  --map-topic-border: #1c1e21;
  --map-sub-bg: #fff6cf;
  --map-sub-border: #8c7a2e;
  --map-label: #4f5660;
  --map-roadmap-bg: #efe6fb;
  --map-roadmap-border: #6a2fb0;
  --map-roadmap-text: #40177a;
  --map-branch-bg: #f7f8fa;
  margin: 1.5rem 0 2.5rem;
}
@media (prefers-color-scheme: dark) {
  .map {
    --map-spine: #aab1bb;
    --map-line: #8b929c;
    --map-text: #f1ede0;
    --map-topic-bg: #4d3f0c;
    --map-topic-border: #e8c84a;
    --map-sub-bg: #2c2712;
    --map-sub-border: #a8944a;
    --map-label: #c3c8cf;
    --map-roadmap-bg: #2f2340;
    --map-roadmap-border: #c9a2f5;
    --map-roadmap-text: #ead9fd;
    --map-branch-bg: #1c1f23;
  }
}
/* Lists in the map lose the page's list spacing; :where() keeps these resets as weak as the page's own, so classes below win. */
:where(.map) ul, :where(.map) ol { margin: 0; padding: 0; list-style: none; }

/* The legend explains how the map is drawn, so it is shown only where this stylesheet draws
   it (the page has it `hidden`, and screen readers skip it: the lists themselves say it). */
.map-legend[hidden] { display: flex; }
.map-legend { display: flex; flex-wrap: wrap; gap: 0.35rem 1.1rem; margin: 0 0 1.25rem; font-size: 0.85rem; color: var(--muted); }
.map-legend li { display: flex; align-items: center; gap: 0.4rem; }
/* Each entry's sample, drawn before its words. */
.map-legend li::before { content: ""; flex: none; box-sizing: border-box; width: 1.6rem; height: 1rem; border: 2px solid var(--map-topic-border); border-radius: 0.3rem; background: var(--map-topic-bg); color: var(--map-text); font-size: 0.65rem; font-weight: 700; line-height: 0.8rem; text-align: center; }
.map-legend .map-key-label::before { content: "Aa"; width: auto; border-color: transparent; background: none; color: var(--map-label); font-size: 0.8rem; font-style: italic; }
.map-legend .map-key-roadmap::before { border-color: var(--map-roadmap-border); border-radius: 999px; background: var(--map-roadmap-bg); }
.map-legend .map-key-sequence::before { content: "1 2"; width: auto; padding: 0 0.3rem; border: 0; border-radius: 999px; background: var(--map-spine); color: var(--bg); line-height: 1rem; }
.map-legend .map-key-any::before { height: 0.9rem; border: 2px dashed var(--map-line); background: none; }

/* A node: a box on the spine, a chip in a branch, a pill for another roadmap, italic text for a label.
   Its text wraps between words only (break-word, unlike anywhere, leaves the longest word as the
   node's narrowest width), so a node is never narrower than its longest word. */
.map-item {
  display: inline-flex; align-items: center; position: relative; z-index: 1;
  padding: 0.2rem 0.6rem; border: 1.5px solid var(--map-sub-border); border-radius: 0.4rem;
  background: var(--map-sub-bg); color: var(--map-text);
  font-size: 0.95rem; line-height: 1.35; text-decoration: none; overflow-wrap: break-word;
}
a.map-item:hover { text-decoration: underline; text-decoration-thickness: 1px; text-underline-offset: 0.15em; }
.map a.map-item:focus-visible { outline-offset: 3px; }
.map-tree > li > .map-item { display: flex; padding: 0.45rem 0.8rem; border: 2px solid var(--map-topic-border); border-radius: 0.5rem; background: var(--map-topic-bg); font-size: 1.02rem; font-weight: 700; }
.map .map-label > .map-item { border-color: transparent; background: transparent; color: var(--map-label); font-style: italic; }
.map-tree > .map-label > .map-item { background: var(--bg); }
.map .map-roadmap > .map-item { border-color: var(--map-roadmap-border); border-radius: 999px; background: var(--map-roadmap-bg); color: var(--map-roadmap-text); }
/* The badge is in the node's text (.map-text), so it wraps to a line of its own rather than squeeze the title. */
.map-badge { display: inline-block; margin-left: 0.15rem; padding: 0 0.45rem; white-space: nowrap; border-radius: 999px; background: var(--map-roadmap-border); color: var(--bg); font-size: 0.68rem; font-style: normal; font-weight: 700; letter-spacing: 0.05em; line-height: 1.45; text-transform: uppercase; vertical-align: 0.12em; }
.map-badge::after { content: " \2197"; content: " \2197" / ""; }

/* Numbers of sequences: inside the chip in branches, on the spine for the topics. */
.map-group { counter-reset: map-step; }
.map-group > li { counter-increment: map-step; }
.map-sequence > li > .map-item::before {
  content: counter(map-step); flex: none; min-width: 1.35rem; margin: 0 0.45rem 0 -0.15rem; padding: 0 0.2rem;
  border-radius: 999px; background: var(--map-line); color: var(--bg);
  font-size: 0.72rem; font-style: normal; font-weight: 700; line-height: 1.35rem; text-align: center;
}

/* The spine (phones first): topics down a line on the left, branches under each topic. */
.map-tree > li { position: relative; padding: 0 0 1.1rem 2.5rem; }
.map-tree > li:last-child { padding-bottom: 0; }
.map-tree > li::before { content: ""; position: absolute; left: 0.85rem; top: 0; bottom: 0; border-left: 3px solid var(--map-spine); }
.map-tree > li:first-child::before { top: 1.1rem; }
.map-tree > li:last-child::before { bottom: auto; height: 1.1rem; }
.map-tree > li:only-child::before { display: none; }
.map-tree.map-any > li::before { border-left-style: dashed; }
/* The marker on the spine, centred on it: the spine's middle is 1.56rem left of the box. */
.map-tree > li > .map-item::before, .map-tree.map-sequence > li > .map-item::before {
  content: ""; position: absolute; left: -1.56rem; top: 0.5rem; transform: translateX(-50%);
  width: 1.25rem; height: 1.25rem; min-width: 0; margin: 0; padding: 0;
  border: 3px solid var(--map-spine); border-radius: 999px; background: var(--bg);
}
.map-tree.map-sequence > li > .map-item::before {
  content: counter(map-step); top: 0.35rem; width: auto; min-width: 1.55rem; height: 1.55rem; padding: 0 0.3rem;
  border: 0; background: var(--map-spine); color: var(--bg); font-size: 0.8rem; line-height: 1.55rem; white-space: nowrap;
}

/* A branch: the subtopics of one topic, in a panel joined to it. Solid: in this order;
   dashed: in any order (its chips wrap). */
.map-branch {
  position: relative; margin-top: 0.45rem; padding: 0.55rem 0.6rem;
  border: 2px solid var(--map-line); border-radius: 0.6rem; background: var(--map-branch-bg);
}
.map-branch.map-any { border-style: dashed; }
.map-branch::before { content: ""; position: absolute; left: 1.2rem; bottom: 100%; height: 0.45rem; margin-bottom: 2px; border-left: 2px solid var(--map-line); }
.map-branch.map-any::before { border-left-style: dashed; }
/* A label draws no box: the line crosses the room its box leaves under the text (bottom padding
   and border), over the box's background, to reach the text as it reaches a topic's box. As
   weak as the rule above, so the wide screens' line, drawn across, is not made taller. */
:where(.map-tree > .map-label) > .map-branch::before { z-index: 1; height: calc(0.9rem + 2px); }
.map-group.map-any:not(.map-tree) { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 0.4rem; }
.map-group.map-sequence:not(.map-tree) > li + li { margin-top: 0.35rem; }
.map-any > .map-parent { flex-basis: 100%; }

/* A twig: the subtopics of a subtopic, under it, smaller. */
.map-twig { margin: 0.35rem 0 0.15rem 0.55rem; padding-left: 0.7rem; border-left: 2px solid var(--map-line); }
.map-twig.map-any { border-left-style: dashed; gap: 0.3rem; }
.map-twig .map-item { padding: 0.1rem 0.5rem; border-width: 1px; background: var(--bg); font-size: 0.88rem; }

/* Wide screens: the spine in the middle, branches to its right and left in turn. */
@media (min-width: 60rem) {
  .map { margin-inline: calc(50% - min(34rem, 50vw - 1.5rem)); }
  .map > :not(.map-tree) { max-width: calc(var(--measure) - 2.5rem); margin-inline: auto; }
  /* The spine's column is as wide as its node's longest word needs (min-content), else 15rem. */
  .map-tree > li { display: grid; grid-template-columns: minmax(0, 1fr) minmax(min-content, 15rem) minmax(0, 1fr); column-gap: 2.5rem; align-items: center; padding: 0.6rem 0; }
  .map-tree > li:last-child { padding-bottom: 0.6rem; }
  .map-tree > li::before { left: 50%; margin-left: -1.5px; }
  .map-tree > li:first-child::before { top: 50%; }
  .map-tree > li:last-child::before { bottom: 50%; height: auto; }
  .map-tree > li > .map-item { grid-column: 2; grid-row: 1; justify-content: center; text-align: center; }
  .map-tree > li > .map-item::before, .map-tree.map-sequence > li > .map-item::before { position: static; transform: none; flex: none; margin: 0 0.5rem 0 0; }
  .map-tree > li > .map-item::before { width: 0.8rem; height: 0.8rem; border-width: 2px; }
  .map-tree.map-sequence > li > .map-item::before { min-width: 1.5rem; height: 1.5rem; line-height: 1.5rem; }
  .map-tree > li > .map-branch { grid-column: 3; grid-row: 1; justify-self: start; width: fit-content; max-width: 100%; margin-top: 0; }
  /* Branches alternate sides: every other topic that has one (by position, where
     browsers do not know `of`). */
  .map-tree > li:nth-child(even) > .map-branch { grid-column: 1; justify-self: end; }
  .map-tree > li:nth-child(odd of .map-parent) > .map-branch { grid-column: 3; justify-self: start; }
  .map-tree > li:nth-child(even of .map-parent) > .map-branch { grid-column: 1; justify-self: end; }
  /* A branch's line reaches its topic's box: on the right, across the room the box leaves for
     its progress toggle (--map-toggle-room), behind the toggle. */
  .map-branch::before { left: auto; right: 100%; top: 50%; bottom: auto; width: calc(2.5rem + var(--map-toggle-room, 0rem)); height: 0; margin: 0 2px 0 0; border-left: 0; border-top: 2px solid var(--map-line); }
  .map-tree > li:nth-child(even) > .map-branch::before { right: auto; left: 100%; width: 2.5rem; margin: 0 0 0 2px; }
  .map-tree > li:nth-child(odd of .map-parent) > .map-branch::before { right: 100%; left: auto; width: calc(2.5rem + var(--map-toggle-room, 0rem)); margin: 0 2px 0 0; }
  .map-tree > li:nth-child(even of .map-parent) > .map-branch::before { right: auto; left: 100%; width: 2.5rem; margin: 0 0 0 2px; }
  .map-branch.map-any::before { border-top-style: dashed; }
  /* A label's box is as wide as its text, centred on the spine, and its branch's line runs to the
     spine (half the 15rem column), under the box: so it reaches the box round the text, however
     long the text. */
  .map-tree > .map-label > .map-item { justify-self: center; }
  .map-tree > li.map-label.map-parent > .map-branch::before { z-index: auto; width: 10rem; }
}

@media print {
  .map { margin-inline: 0; }
  .map-tree > li, .map-branch > li { break-inside: avoid; }
  .map a.map-item { color: var(--map-text); }
}

/* ==== Progress tracking: the controls templates/assets/progress.js adds (none without JavaScript) ==== */
:root {
  --progress-done: #1a7f37;
  --progress-doing: #9a6700;
}
@media (prefers-color-scheme: dark) {
  :root { --progress-done: #4ac26b; --progress-doing: #d4a72c; }
}
.progress:empty, .progress-tools:empty, .progress-summary[hidden] { display: none; }
/* A topic page's controls: the label "Your progress", which names the group of buttons beside it. */
.progress { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 0.75rem; margin: 1rem 0; }
.progress-label { margin: 0; font-weight: 600; }
.progress [role="group"], .progress-tools { display: flex; flex-wrap: wrap; gap: 0.5rem; }
.progress-tools { margin: 1rem 0; }
.progress button, .progress-tools button {
  min-height: 2.25rem; padding: 0.25rem 0.85rem; border: 1px solid var(--muted); border-radius: 999px;
  background: var(--bg); color: var(--text); font: inherit; font-size: 0.95rem; cursor: pointer;
}
.progress button:hover, .progress-tools button:hover { background: var(--surface); }
.progress button[aria-pressed="true"] { background: var(--text); border-color: var(--text); color: var(--bg); }
.progress button[aria-pressed="true"]::before { content: "✓ " / ""; }
.progress button:focus-visible, .progress-tools button:focus-visible, .progress-toggle:focus-visible {
  outline: 3px solid var(--focus); outline-offset: 2px;
}
.progress-toggle {
  display: inline-flex; align-items: center; justify-content: center; width: 1.5rem; height: 1.5rem;
  margin: 0 0 0 0.4rem; padding: 0; vertical-align: middle; border: 2px solid var(--muted); border-radius: 50%;
  background: var(--bg); color: var(--bg); font: 700 0.8rem/1 system-ui, sans-serif; cursor: pointer;
}
.progress-toggle[data-state="done"] { background: var(--progress-done); border-color: var(--progress-done); }
.progress-toggle[data-state="done"]::before { content: "✓" / ""; }
.progress-toggle[data-state="in-progress"] { border-color: var(--progress-doing); background: linear-gradient(90deg, var(--progress-doing) 50%, var(--bg) 50%); }
.progress-toggle[data-state="skipped"] { border-style: dashed; color: var(--muted); }
.progress-toggle[data-state="skipped"]::before { content: "–" / ""; }
/* The map's legend of the toggles (partials/map), shown once the script has added them. */
:root:not(.progress-on) .map-legend-progress { display: none; }
.map-legend-progress { margin-top: -0.85rem; }
.map-legend .map-key-progress::before { display: none; }
.map-legend :is(.map-key-none, .map-key-done, .map-key-in-progress, .map-key-skipped)::before {
  width: 1rem; height: 1rem; border: 2px solid var(--muted); border-radius: 50%; background: var(--bg); color: var(--bg); line-height: 0.75rem;
}
.map-legend .map-key-done::before { content: "✓"; content: "✓" / ""; border-color: var(--progress-done); background: var(--progress-done); }
.map-legend .map-key-in-progress::before { border-color: var(--progress-doing); background: linear-gradient(90deg, var(--progress-doing) 50%, var(--bg) 50%); }
.map-legend .map-key-skipped::before { content: "–"; content: "–" / ""; border-style: dashed; color: var(--muted); }
li[data-progress="done"] > a { text-decoration-color: var(--progress-done); text-decoration-thickness: 2px; }
li[data-progress="skipped"] > a { color: var(--muted); }
/* A topic's toggle on the map's spine sits beside its box, never over it or in a branch's place:
   on narrow screens in a column of its own, on wide ones in the spine's column, the box giving
   it room, which a branch's line on the right crosses behind it, so the line still meets the
   box. (Without :has(), it falls under the box, still usable.) */
@media (max-width: 59.99rem) {
  .map-tree > li:has(> .progress-toggle) { display: grid; grid-template-columns: minmax(0, 1fr) auto; column-gap: 0.45rem; align-items: center; }
  .map-tree > li > .progress-toggle { grid-column: 2; grid-row: 1; margin: 0; }
  .map-tree > li:has(> .progress-toggle) > .map-branch { grid-column: 1 / -1; }
}
@media (min-width: 60rem) {
  .map-tree > li > .progress-toggle { position: relative; z-index: 1; grid-column: 2; grid-row: 1; justify-self: end; margin: 0; }
  .map-tree > li:has(> .progress-toggle) { --map-toggle-room: 2.1rem; grid-template-columns: minmax(0, 1fr) minmax(min-content, 17rem) minmax(0, 1fr); }
  .map-tree > li:has(> .progress-toggle) > .map-item { margin-right: var(--map-toggle-room); }
}
.progress-summary { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.75rem; }
.progress-summary progress { flex: 0 1 12rem; min-width: 6rem; height: 0.6rem; accent-color: var(--progress-done); }
.progress-live {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; border: 0;
}
@media print {
  .progress, .progress-tools, .progress-toggle, .map .map-legend-progress { display: none; }
}
/* ==== End of progress tracking ==== */

"""#),
        "faq.mustache": text(
#"""
{{<layout}}
{{$content}}
<article class="faq-page" data-pagefind-body data-pagefind-meta="roadmap:{{roadmap.title}}">
<header class="page-header">
{{> partials/breadcrumb}}
<h1>{{roadmap.title}}: frequently asked questions</h1>
</header>
{{#roadmap.questions}}
<section class="question">
<h2 id="{{id}}">{{{questionHTML}}}</h2>
{{{answerHTML}}}
</section>
{{/roadmap.questions}}
<p class="more" data-pagefind-ignore="all"><a href="{{roadmap.path}}">Read the whole {{roadmap.title}}</a> · <a href="{{site.indexPath}}">All {{site.title}}</a></p>
{{> partials/last-updated}}
</article>
{{/content}}
{{/layout}}

"""#),
        "index.mustache": text(
#"""
{{<layout}}
{{$content}}
<div class="home">
<header class="page-header">
<h1>All {{site.title}}</h1>
{{#site.description}}
<p class="lead">{{site.description}}</p>
{{/site.description}}
{{> partials/search}}
</header>
{{#hasFilter}}
{{! Filtering by level needs no script: the stylesheet hides the groups of the levels not
    chosen (with :has()); where it cannot, every card stays shown and so do these buttons. }}
<fieldset class="level-filter">
<legend>Level</legend>
{{#filters}}
<input type="radio" name="level" id="show{{filterID}}" value="{{id}}"{{#checked}} checked{{/checked}}>
<label for="show{{filterID}}">{{title}} <span class="count">({{count}})</span></label>
{{/filters}}
</fieldset>
{{/hasFilter}}
{{#groups}}
<section class="level-group" data-level="{{id}}">
<h2 id="level-{{id}}">{{title}}</h2>
<ul class="cards">
{{#roadmaps}}
{{> partials/roadmap-card}}
{{/roadmaps}}
</ul>
</section>
{{/groups}}
{{^groups}}
<p>There are no roadmaps yet.</p>
{{/groups}}
</div>
{{/content}}
{{/layout}}

"""#),
        "layout.mustache": text(
#"""
{{! The frame of every page. Page templates fill the `content` block. `data-site` (the site's base path) names the browser storage of assets/progress.js, which partials/head loads on every page: it does nothing on a page without its hooks. }}
<!DOCTYPE html>
<html lang="{{site.language}}" data-site="{{site.indexPath}}">
<head>
{{> partials/head}}
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
{{> partials/header}}
<main id="main">
<div class="wrap">
{{$content}}{{/content}}
</div>
</main>
{{> partials/footer}}
</body>
</html>

"""#),
        "partials/breadcrumb.mustache": text(
#"""
<nav class="breadcrumb" aria-label="Breadcrumb" data-pagefind-ignore>
<ol>
<li><a href="{{site.indexPath}}">All {{site.title}}</a></li>
<li><a href="{{roadmap.path}}">{{roadmap.title}}</a></li>
</ol>
</nav>

"""#),
        "partials/contents.mustache": text(
#"""
{{! The roadmap page's own sections, to jump to ("On this page"), from `roadmap.contents`
    (each {id, title, isFAQ, isMap}: the map's section first when there is a map; only on pages
    of four sections or more, the map counted, `roadmap.hasContents`).
    Two forms of one list, the stylesheet showing one: a `details` block folded on narrow
    screens, and a column beside the text on wide ones (`hidden` unless the stylesheet shows
    it, so without CSS the page has the folded block alone). No script; no ids. }}
{{#roadmap.hasContents}}
<nav class="contents" aria-label="On this page" data-pagefind-ignore="all">
<details class="contents-fold">
<summary>On this page</summary>
<ol>
{{#roadmap.contents}}
<li><a href="#{{id}}">{{title}}</a></li>
{{/roadmap.contents}}
</ol>
</details>
<div class="contents-side" hidden>
<p class="contents-title">On this page</p>
<ol>
{{#roadmap.contents}}
<li><a href="#{{id}}">{{title}}</a></li>
{{/roadmap.contents}}
</ol>
</div>
</nav>
{{/roadmap.hasContents}}

"""#),
        "partials/footer.mustache": text(
#"""
<footer class="site-footer">
<div class="wrap">
<p><a href="{{site.indexPath}}">{{site.title}}</a>{{#site.description}} · {{site.description}}{{/site.description}}</p>
</div>
</footer>

"""#),
        "partials/head.mustache": text(
#"""
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{page.documentTitle}}</title>
{{#page.description}}
<meta name="description" content="{{page.description}}">
{{/page.description}}
{{#page.url}}
<link rel="canonical" href="{{page.url}}">
{{/page.url}}
{{#page.previousPath}}
<link rel="prev" href="{{page.previousPath}}">
{{/page.previousPath}}
{{#page.nextPath}}
<link rel="next" href="{{page.nextPath}}">
{{/page.nextPath}}
{{#page.noindex}}
<meta name="robots" content="noindex">
{{/page.noindex}}
<meta property="og:type" content="{{page.ogType}}">
<meta property="og:title" content="{{page.title}}">
<meta property="og:site_name" content="{{site.title}}">
{{#page.description}}
<meta property="og:description" content="{{page.description}}">
{{/page.description}}
{{#page.url}}
<meta property="og:url" content="{{page.url}}">
{{/page.url}}
{{#page.modified}}
<meta property="article:modified_time" content="{{page.modified}}">
{{/page.modified}}
<meta name="twitter:card" content="summary">
<link rel="icon" href="{{site.assetsPath}}favicon.ico" sizes="32x32">
<link rel="icon" href="{{site.assetsPath}}favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="{{site.assetsPath}}style.css">
<script src="{{site.assetsPath}}progress.js" defer></script>
{{#site.search}}
<script src="{{site.assetsPath}}search.js" defer></script>
{{/site.search}}
<link rel="alternate" type="application/atom+xml" title="{{site.title}}" href="{{site.feedPath}}">
{{#page.jsonLD}}
<script type="application/ld+json">{{{page.jsonLD}}}</script>
{{/page.jsonLD}}

"""#),
        "partials/header.mustache": text(
#"""
<header class="site-header">
<div class="wrap">
<a class="site-title" href="{{site.indexPath}}">{{site.title}}</a>
<nav class="site-nav" aria-label="Site">
<ul>
<li><a href="{{site.indexPath}}">All roadmaps</a></li>
<li><a href="{{site.feedPath}}">Feed</a></li>
</ul>
</nav>
{{^home}}
{{> partials/search}}
{{/home}}
</div>
</header>

"""#),
        "partials/last-updated.mustache": text(
#"""
{{#roadmap.updated}}
<p class="updated" data-pagefind-ignore="all">Last updated: <time datetime="{{roadmap.updated}}">{{roadmap.updatedText}}</time></p>
{{/roadmap.updated}}

"""#),
        "partials/map-item.mustache": text(
#"""
{{! One node of the map: a link to its page, or its text when it has none (a label, a draft). A node that leads to another roadmap holds its title and badge in one `map-text`, so that the badge wraps like a word. No final line break: the map partial puts the item and what follows it on lines of their own. }}
{{#path}}<a class="map-item" href="{{path}}">{{^isRoadmap}}{{title}}{{/isRoadmap}}{{#isRoadmap}}<span class="map-text">{{title}} <span class="map-badge"><span class="visually-hidden">(</span>roadmap<span class="visually-hidden">)</span></span></span>{{/isRoadmap}}</a>{{/path}}{{^path}}<span class="map-item">{{^isRoadmap}}{{title}}{{/isRoadmap}}{{#isRoadmap}}<span class="map-text">{{title}} <span class="map-badge"><span class="visually-hidden">(</span>roadmap<span class="visually-hidden">)</span></span></span>{{/isRoadmap}}</span>{{/path}}
"""#),
        "partials/map.mustache": text(
#"""
{{! The roadmap's map, drawn from `roadmap.map` (its shape: Sources/SiteGen/Render/MapTemplate.swift).
    Underneath it is a nested list, so it reads as an outline with no CSS and to screen readers;
    the stylesheet draws it as a spine with branches. Three levels, written out: templates cannot
    recurse. The legend explains the drawing, so it is `hidden` (and kept from screen readers)
    unless the stylesheet shows it; its second list explains the progress toggles, which
    assets/progress.js adds, and is shown only once it has (the class progress-on on <html>).
    Each node is drawn by partials/map-item. Every topic is a Tab stop, two with its progress
    toggle, so a link first, shown when it has the focus, skips to `after-map` right after it. }}
{{#roadmap.map}}
<nav class="map" aria-labelledby="{{id}}" data-roadmap="{{roadmap}}" data-pagefind-ignore="all">
<h2 id="{{id}}">{{{titleHTML}}}</h2>
<a class="skip-link" href="#after-map">Skip the map</a>
{{{introHTML}}}
{{#legend}}
<ul class="map-legend" hidden aria-hidden="true">
{{#topics}}
<li class="map-key-topic">Topic: opens its page</li>
{{/topics}}
{{#labels}}
<li class="map-key-label">Label: no page of its own</li>
{{/labels}}
{{#roadmaps}}
<li class="map-key-roadmap">Leads to another roadmap</li>
{{/roadmaps}}
{{#ordered}}
<li class="map-key-sequence">Numbered: in this order</li>
{{/ordered}}
{{#unordered}}
<li class="map-key-any">Dashed: in any order</li>
{{/unordered}}
</ul>
{{#topics}}
<ul class="map-legend map-legend-progress" hidden aria-hidden="true">
<li class="map-key-progress">Your progress: click the circle beside a topic to change it</li>
<li class="map-key-none">Not started</li>
<li class="map-key-done">Done</li>
<li class="map-key-in-progress">In progress</li>
<li class="map-key-skipped">Skipped</li>
</ul>
{{/topics}}
{{/legend}}
<{{listTag}} class="map-tree map-group {{#ordered}}map-sequence{{/ordered}}{{^ordered}}map-any{{/ordered}}">
{{#nodes}}
<li class="map-node map-{{kind}}{{#hasChildren}} map-parent{{/hasChildren}}"{{#topic}} data-topic="{{topic}}"{{/topic}}>{{> partials/map-item}}
{{#hasChildren}}
<{{listTag}} class="map-group map-branch {{#ordered}}map-sequence{{/ordered}}{{^ordered}}map-any{{/ordered}}">
{{#children}}
<li class="map-node map-{{kind}}{{#hasChildren}} map-parent{{/hasChildren}}"{{#topic}} data-topic="{{topic}}"{{/topic}}>{{> partials/map-item}}
{{#hasChildren}}
<{{listTag}} class="map-group map-twig {{#ordered}}map-sequence{{/ordered}}{{^ordered}}map-any{{/ordered}}">
{{#children}}
<li class="map-node map-{{kind}}"{{#topic}} data-topic="{{topic}}"{{/topic}}>{{> partials/map-item}}</li>
{{/children}}
</{{listTag}}>
{{/hasChildren}}
</li>
{{/children}}
</{{listTag}}>
{{/hasChildren}}
</li>
{{/nodes}}
</{{listTag}}>
</nav>
<div id="after-map"></div>
{{/roadmap.map}}

"""#),
        "partials/roadmap-card.mustache": text(
#"""
<li class="card">
<h3><a href="{{path}}">{{title}}</a></h3>
{{#level}}
<p class="meta"><span class="level level-{{levelID}}">{{level}}</span>{{#topicCountText}} · {{topicCountText}}{{/topicCountText}}</p>
{{/level}}
{{^level}}
{{#topicCountText}}
<p class="meta">{{topicCountText}}</p>
{{/topicCountText}}
{{/level}}
{{#description}}
<p>{{description}}</p>
{{/description}}
{{#updated}}
<p class="updated">Last updated: <time datetime="{{.}}">{{updatedText}}</time></p>
{{/updated}}
{{#mutual}}
<p class="mutual">Mutual: it points back to {{roadmap.title}}</p>
{{/mutual}}
{{#topicCount}}
<p class="progress-summary" data-roadmap="{{slug}}" data-total="{{topicCount}}" data-topics="{{topics}}" hidden></p>
{{/topicCount}}
</li>

"""#),
        "partials/search.mustache": text(
#"""
{{! The search box, for a site with `search: true`. Hidden until assets/search.js finds the
    index Pagefind wrote (pagefind/ in the built site): without JavaScript, or in `sitegen
    serve`, which writes no index, no box is shown. The script adds the results list. }}
{{#site.search}}
<form class="site-search" role="search" data-search-bundle="{{site.searchPath}}" data-search-base="{{site.basePath}}" data-pagefind-ignore="all" hidden>
<label><span class="site-search-label">Search</span> <input type="search" name="q" placeholder="Roadmaps, topics, questions" autocomplete="off" spellcheck="false"></label>
</form>
{{/site.search}}

"""#),
        "related.mustache": text(
#"""
{{<layout}}
{{$content}}
<article class="related-page">
<header class="page-header">
{{> partials/breadcrumb}}
<h1>Roadmaps related to {{roadmap.title}}</h1>
</header>
<section>
<h2 id="names">Roadmaps it points to</h2>
{{#roadmap.hasRelated}}
<ul class="cards">
{{#roadmap.related}}
{{> partials/roadmap-card}}
{{/roadmap.related}}
</ul>
{{/roadmap.hasRelated}}
{{^roadmap.hasRelated}}
<p>{{roadmap.title}} does not point to other roadmaps.</p>
{{/roadmap.hasRelated}}
</section>
<section>
<h2 id="named-by">Other roadmaps that point to it</h2>
{{#roadmap.hasRelatedByOnly}}
<ul class="cards">
{{#roadmap.relatedByOnly}}
{{> partials/roadmap-card}}
{{/roadmap.relatedByOnly}}
</ul>
{{/roadmap.hasRelatedByOnly}}
{{^roadmap.hasRelatedByOnly}}
{{#roadmap.hasRelatedBy}}
<p>Only the roadmaps marked mutual above point to {{roadmap.title}}.</p>
{{/roadmap.hasRelatedBy}}
{{^roadmap.hasRelatedBy}}
<p>No other roadmap points to {{roadmap.title}} yet.</p>
{{/roadmap.hasRelatedBy}}
{{/roadmap.hasRelatedByOnly}}
</section>
<p class="more"><a href="{{roadmap.path}}">Read the {{roadmap.title}}</a> · <a href="{{site.indexPath}}">All {{site.title}}</a></p>
</article>
{{/content}}
{{/layout}}

"""#),
        "roadmap.mustache": text(
#"""
{{<layout}}
{{$content}}
<article class="roadmap" data-pagefind-body data-pagefind-meta="roadmap:{{roadmap.title}}">
<header class="page-header">
<nav class="breadcrumb" aria-label="Breadcrumb" data-pagefind-ignore>
<ol>
<li><a href="{{site.indexPath}}">All {{site.title}}</a></li>
</ol>
</nav>
<h1>{{roadmap.title}}</h1>
{{#roadmap.level}}
<p class="meta"><span class="level level-{{roadmap.levelID}}">Level: {{roadmap.level}}</span></p>
{{/roadmap.level}}
{{#roadmap.description}}
<p class="lead">{{roadmap.description}}</p>
{{/roadmap.description}}
</header>
{{> partials/map}}
{{#roadmap.topicCount}}
<p class="progress-summary" data-roadmap="{{roadmap.slug}}" data-total="{{roadmap.topicCount}}" data-topics="{{roadmap.topics}}" hidden></p>
<div class="progress-tools" data-roadmap="{{roadmap.slug}}"></div>
{{/roadmap.topicCount}}
{{{roadmap.introHTML}}}
{{> partials/contents}}
{{#roadmap.sections}}
<section class="section{{#isFAQ}} faq{{/isFAQ}}">
<h2 id="{{id}}">{{{titleHTML}}}</h2>
{{{html}}}
{{#questions}}
<h3 id="{{id}}" data-pagefind-ignore="all">{{{questionHTML}}}</h3>
<div class="answer" data-pagefind-ignore="all">
{{{answerHTML}}}
</div>
{{/questions}}
{{#isFAQ}}
<p class="more" data-pagefind-ignore="all"><a href="{{roadmap.faqPath}}">All questions on one page</a></p>
{{/isFAQ}}
</section>
{{/roadmap.sections}}
{{{roadmap.footnotesHTML}}}
<nav class="related" aria-labelledby="related-roadmaps" data-pagefind-ignore="all">
<h2 id="related-roadmaps">Related roadmaps</h2>
{{#roadmap.hasRelated}}
<ul>
{{#roadmap.related}}
<li><a href="{{path}}">{{title}}</a></li>
{{/roadmap.related}}
</ul>
{{/roadmap.hasRelated}}
{{^roadmap.hasRelated}}
<p>{{roadmap.title}} does not point to other roadmaps.</p>
{{/roadmap.hasRelated}}
<p class="more"><a href="{{roadmap.relatedPath}}">How {{roadmap.title}} relates to other roadmaps</a> · <a href="{{site.indexPath}}">All {{site.title}}</a></p>
</nav>
{{> partials/last-updated}}
</article>
{{/content}}
{{/layout}}

"""#),
        "topic.mustache": text(
#"""
{{<layout}}
{{$content}}
<article class="topic"{{^page.repeats}} data-pagefind-body{{/page.repeats}} data-pagefind-meta="roadmap:{{roadmap.title}}">
<header class="page-header">
<nav class="breadcrumb" aria-label="Breadcrumb" data-pagefind-ignore>
<ol>
<li><a href="{{site.indexPath}}">All {{site.title}}</a></li>
<li><a href="{{roadmap.path}}">{{roadmap.title}}</a></li>
{{#topic.parent}}
<li><a href="{{path}}">{{title}}</a></li>
{{/topic.parent}}
</ol>
</nav>
<h1 id="{{topic.titleID}}">{{topic.title}}</h1>
<div class="progress" data-roadmap="{{roadmap.slug}}" data-topic="{{topic.slug}}" data-pagefind-ignore="all"></div>
</header>
{{{topic.introHTML}}}
{{#topic.sections}}
<section class="section{{#isFAQ}} faq{{/isFAQ}}">
<h2 id="{{id}}">{{{titleHTML}}}</h2>
{{{html}}}
{{#questions}}
<h3 id="{{id}}">{{{questionHTML}}}</h3>
<div class="answer">
{{{answerHTML}}}
</div>
{{/questions}}
</section>
{{/topic.sections}}
{{{topic.footnotesHTML}}}
{{#topic.hasSubtopics}}
<nav class="subtopics" aria-label="Subtopics">
<h2>Subtopics</h2>
<{{topic.subtopicsListTag}}>
{{#topic.subtopics}}
<li class="map-{{kind}}">{{#path}}<a href="{{path}}">{{title}}</a>{{/path}}{{^path}}{{title}}{{/path}}{{#isRoadmap}} (roadmap){{/isRoadmap}}</li>
{{/topic.subtopics}}
</{{topic.subtopicsListTag}}>
</nav>
{{/topic.hasSubtopics}}
<nav class="pager" aria-label="Previous and next topic" data-pagefind-ignore="all">
{{#topic.previous}}
<a class="pager-previous" rel="prev" href="{{path}}"><span class="pager-label">Previous topic</span> {{title}}</a>
{{/topic.previous}}
{{#topic.next}}
<a class="pager-next" rel="next" href="{{path}}"><span class="pager-label">Next topic</span> {{title}}</a>
{{/topic.next}}
<a class="pager-up" href="{{roadmap.path}}">Back to the map: {{roadmap.title}}</a>
</nav>
{{#topic.updated}}
<p class="updated" data-pagefind-ignore="all">Last updated: <time datetime="{{topic.updated}}">{{topic.updatedText}}</time></p>
{{/topic.updated}}
</article>
{{/content}}
{{/layout}}

"""#),
    ]

    private static func text(_ text: String) -> [UInt8] { Array(text.utf8) }

    private static func base64(_ text: String) -> [UInt8] {
        Array(Data(base64Encoded: text, options: .ignoreUnknownCharacters)!)
    }
}
