// HTTP Status Lens explanation page script. Vanilla JS, no dependencies.
// Keep in sync with src/core/render/assets.ts (a unit test compares them).
// Posts only these messages to the host:
//   { command: 'open', code }                      open another status code
//   { command: 'copy' | 'insert', code, framework } the host looks the example text up itself
(function () {
  'use strict';

  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const body = document.body;

  /** A status code from an attribute, or undefined if it is not a three-digit number. */
  function toCode(value) {
    if (typeof value !== 'string' || !/^[1-9][0-9]{2}$/.test(value)) return undefined;
    return Number(value);
  }

  /** A framework key from an attribute, or undefined. */
  function toFramework(value) {
    if (typeof value !== 'string' || !/^[A-Za-z0-9_.+-]{1,64}$/.test(value)) return undefined;
    return value;
  }

  const pageCode = toCode(body.getAttribute('data-code'));

  // Scroll position survives the panel being hidden and restored, but not a change of code.
  function restoreScroll() {
    const state = vscode.getState();
    if (state && state.code === pageCode && typeof state.scrollY === 'number' && state.scrollY > 0) {
      window.scrollTo(0, state.scrollY);
    } else {
      vscode.setState({ code: pageCode, scrollY: 0 });
    }
  }
  restoreScroll();
  window.addEventListener('load', restoreScroll, { once: true });

  let scrollPending = false;
  window.addEventListener(
    'scroll',
    function () {
      if (scrollPending) return;
      scrollPending = true;
      window.requestAnimationFrame(function () {
        scrollPending = false;
        vscode.setState({ code: pageCode, scrollY: Math.round(window.scrollY) });
      });
    },
    { passive: true },
  );

  const live = document.getElementById('live-status');
  function announce(text) {
    if (!live || typeof text !== 'string') return;
    live.textContent = '';
    window.setTimeout(function () {
      live.textContent = text;
    }, 50);
  }

  document.addEventListener('click', function (event) {
    const start = event.target;
    if (!(start instanceof Element)) return;
    const target = start.closest('[data-action]');
    if (!target) return;
    const action = target.getAttribute('data-action');
    if (action === 'open') {
      event.preventDefault();
      const code = toCode(target.getAttribute('data-code'));
      if (code !== undefined) vscode.postMessage({ command: 'open', code: code });
    } else if (action === 'copy' || action === 'insert') {
      event.preventDefault();
      const code = toCode(target.getAttribute('data-code'));
      const framework = toFramework(target.getAttribute('data-framework'));
      if (code === undefined || framework === undefined) return;
      vscode.postMessage({ command: action, code: code, framework: framework });
      announce(target.getAttribute('data-feedback'));
    }
  });

  // Tabs: WAI-ARIA tabs pattern with roving tabindex and automatic activation.
  const tabs = Array.prototype.slice.call(document.querySelectorAll('[role="tab"]'));
  function selectTab(tab, focus) {
    for (const t of tabs) {
      const selected = t === tab;
      t.setAttribute('aria-selected', selected ? 'true' : 'false');
      t.setAttribute('tabindex', selected ? '0' : '-1');
      const panelId = t.getAttribute('aria-controls');
      const panel = panelId ? document.getElementById(panelId) : null;
      if (panel) panel.hidden = !selected;
    }
    if (focus) tab.focus();
  }
  for (const tab of tabs) {
    tab.addEventListener('click', function () {
      selectTab(tab, false);
    });
    tab.addEventListener('keydown', function (event) {
      const i = tabs.indexOf(tab);
      let next = -1;
      if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (i + 1) % tabs.length;
      else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (i - 1 + tabs.length) % tabs.length;
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = tabs.length - 1;
      if (next < 0) return;
      event.preventDefault();
      selectTab(tabs[next], true);
    });
  }
})();
