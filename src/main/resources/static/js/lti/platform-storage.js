// LTI Platform Storage (LTI Client Side postMessages, 1EdTech v0.1): the tool asks the platform's
// frame to keep or return a value, because the browser may not keep the tool's own cookies inside
// the platform's iframe. Messages go only to the platform's origin, and answers are accepted only
// from it.

let counter = 0;

export function storageFrame(target) {
  const parent = window.parent !== window ? window.parent : window.opener;
  if (!parent) return null;
  if (!target || target === '_parent') return parent;
  try {
    return parent.frames[target] || parent;
  } catch (e) {
    return parent;
  }
}

export function send(frame, origin, message, timeoutMs = 2000) {
  return new Promise((resolve) => {
    const messageId = `ts-${Date.now()}-${counter++}`;
    const expected = `${message.subject}.response`;
    const timer = setTimeout(() => { window.removeEventListener('message', onMessage); resolve(null); }, timeoutMs);
    function onMessage(event) {
      if (event.origin !== origin) return;
      const data = event.data;
      if (!data || data.subject !== expected || data.message_id !== messageId) return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      resolve(data);
    }
    window.addEventListener('message', onMessage);
    frame.postMessage({ ...message, message_id: messageId }, origin);
  });
}
