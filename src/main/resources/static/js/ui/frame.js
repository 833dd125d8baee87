// Inside an LMS iframe: ask the platform to size the frame to the tool's content, so that the LMS
// page scrolls as one page instead of a small box with its own scroll bar. The message is the one
// Canvas introduced and other platforms (D2L Brightspace, Moodle, Blackboard) accept:
//   window.parent.postMessage({ subject: 'lti.frameResize', height: <px> }, '*')
// and, when a new view opens further down than the person has scrolled, lti.scrollToTop. Only
// when framed; a platform that does not know the message ignores it. The height says nothing
// private, so '*' is acceptable as the target origin (the platform's origin is not known here).

const framed = window.parent !== window;
let lastSent = 0;
let scheduled = false;

export function isFramed() {
  return framed;
}

// The height the content needs: the app's own box (not the document's, which is at least as tall
// as the frame already is and so would never let it shrink), plus room for an open dialog.
function contentHeight() {
  const app = document.getElementById('app') || document.body;
  let height = Math.ceil(app.getBoundingClientRect().bottom + window.scrollY);
  document.querySelectorAll('dialog[open]').forEach((dialog) => {
    height = Math.max(height, Math.ceil(dialog.getBoundingClientRect().bottom + window.scrollY + 24));
  });
  return height;
}

function send() {
  scheduled = false;
  const height = contentHeight();
  if (Math.abs(height - lastSent) < 2) return;
  lastSent = height;
  window.parent.postMessage({ subject: 'lti.frameResize', height }, '*');
}

function schedule() {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(send);
}

export function followContentSize() {
  if (!framed) return;
  document.documentElement.classList.add('ts-framed');
  const observer = new ResizeObserver(schedule);
  observer.observe(document.getElementById('app') || document.body);
  // Dialogs live outside #app (top layer): watch them opening and closing.
  new MutationObserver(schedule).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['open'] });
  schedule();
}

// A new view: bring the top of the frame into sight if the platform scrolled past it.
export function scrollToTop() {
  if (framed) window.parent.postMessage({ subject: 'lti.scrollToTop' }, '*');
  else window.scrollTo(0, 0);
}
