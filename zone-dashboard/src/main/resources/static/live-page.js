import { t } from './i18n.js';

const SHOWN = 50;
/** As the dashboard's Retry-After says when it streams to as many pages as it serves. */
const RETRY_AFTER_MS = 60_000;

/** Follows the zone's events; onEvent lets the open page read again what an event changed. */
export async function followLive(status, onEvent) {
  const list = document.getElementById('live-events');
  await showLatest(list);
  listen(list, status, onEvent, false);
}

/** The latest events the dashboard has seen, newest first: at the start, and again after the stream was down. */
async function showLatest(list) {
  const latest = await fetch('/dashboard/live/latest').then(r => (r.ok ? r.json() : [])).catch(() => []);
  list.replaceChildren(...latest.map(item));
  showEmpty(list);
}

/**
 * The browser reconnects a dropped stream by itself (the dashboard also ends the stream of a page too far behind); a
 * refused one (the dashboard full) it does not, so the page tries again later. After either, what the page shows may
 * have missed events: it reads it again, and the list of the latest events too.
 */
function listen(list, status, onEvent, missedEvents) {
  const source = new EventSource('/dashboard/live');
  let interrupted = missedEvents;
  source.addEventListener('open', () => {
    say(status, 'live.connected');
    if (interrupted) {
      interrupted = false;
      showLatest(list);
      onEvent(null);
    }
  });
  source.addEventListener('error', () => {
    interrupted = true;
    if (source.readyState === EventSource.CLOSED) {
      say(status, 'live.paused');
      setTimeout(() => listen(list, status, onEvent, true), RETRY_AFTER_MS);
    } else {
      say(status, 'live.reconnecting');
    }
  });
  source.addEventListener('zone-event', message => {
    const event = JSON.parse(message.data);
    list.querySelector('.empty')?.remove();
    list.prepend(item(event));
    while (list.children.length > SHOWN) {
      list.lastElementChild.remove();
    }
    onEvent(event);
  });
}

function item(event) {
  const li = document.createElement('li');
  li.dataset.type = event.type ?? '';
  const time = document.createElement('time');
  time.dateTime = event.time ?? '';
  time.textContent = event.time ? new Date(event.time).toLocaleTimeString() : '';
  const what = document.createElement('span');
  what.textContent = ` ${event.type ?? event.topic} · ${event.subject ?? ''}`;
  li.append(time, what);
  return li;
}

function showEmpty(list) {
  if (list.children.length === 0) {
    const li = document.createElement('li');
    li.className = 'empty';
    say(li, 'live.none');
    list.append(li);
  }
}

/** Written in the page's language, and again in the other when the visitor switches (translatePage). */
function say(element, key) {
  element.dataset.i18n = key;
  element.textContent = t(key);
}
