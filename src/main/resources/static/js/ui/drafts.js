// Drafts that survive a reload: what someone is writing (a new conversation, a reply) is kept in
// sessionStorage for this tab, per person and per place, as they type, and cleared when it is
// sent. sessionStorage rather than localStorage: nothing they wrote stays on a shared computer
// after the tab is closed, the same rule as for the session token.

const PREFIX = 'thirdspace.draft.';

function storageKey(personId, place) {
  return `${PREFIX}${personId}.${place}`;
}

// fields: { name: <input|textarea> }. Restores the saved values into empty fields, saves on every
// change (debounced), and returns { restored, clear() }.
export function keepDraft(personId, place, fields, { onSave = null } = {}) {
  const key = storageKey(personId, place);
  let restored = false;
  try {
    const saved = JSON.parse(sessionStorage.getItem(key) || 'null');
    if (saved && saved.values) {
      for (const [name, element] of Object.entries(fields)) {
        if (saved.values[name] && !element.value) { element.value = saved.values[name]; restored = true; }
      }
    }
  } catch (e) {
    sessionStorage.removeItem(key);
  }
  let timer = null;
  let cleared = false;
  const write = () => {
    clearTimeout(timer);
    timer = null;
    if (cleared) return;
    const values = Object.fromEntries(Object.entries(fields).map(([name, element]) => [name, element.value]));
    if (Object.values(values).some((v) => v && v.trim())) {
      sessionStorage.setItem(key, JSON.stringify({ values, savedAt: new Date().toISOString() }));
      if (onSave) onSave();
    } else {
      sessionStorage.removeItem(key);
    }
  };
  const save = () => {
    cleared = false;
    clearTimeout(timer);
    timer = setTimeout(write, 300);
  };
  // Leaving or reloading the page right after a key press: what is pending is written now.
  const flush = () => { if (timer !== null) write(); };
  Object.values(fields).forEach((element) => element.addEventListener('input', save));
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });
  return {
    restored,
    clear() { clearTimeout(timer); timer = null; cleared = true; sessionStorage.removeItem(key); },
  };
}
