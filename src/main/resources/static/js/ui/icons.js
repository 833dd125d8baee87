// The few icons the UI draws, as inline SVG built with the DOM (no markup strings, nothing to
// load). Decorative: the control that holds one has its own accessible name.

const SVG = 'http://www.w3.org/2000/svg';

function svg(...paths) {
  const root = document.createElementNS(SVG, 'svg');
  root.setAttribute('viewBox', '0 0 20 20');
  root.setAttribute('width', '18');
  root.setAttribute('height', '18');
  root.setAttribute('aria-hidden', 'true');
  root.setAttribute('focusable', 'false');
  root.classList.add('ts-icon');
  for (const d of paths) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    root.append(path);
  }
  return root;
}

export function searchIcon() {
  return svg('M8.5 3a5.5 5.5 0 1 1 0 11a5.5 5.5 0 0 1 0-11zm0 2a3.5 3.5 0 1 0 0 7a3.5 3.5 0 0 0 0-7z', 'M12.3 13.7l1.4-1.4l4 4l-1.4 1.4z');
}
