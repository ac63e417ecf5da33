// escape's wallet page: finds the browser's wallets (EIP-6963, else
// window.ethereum), shows the transaction escape prepared and asks the
// wallet to send exactly it. Plain script, no framework, nothing loaded
// from elsewhere (the server's Content-Security-Policy forbids it).
'use strict';

const $ = (id) => document.getElementById(id);
const wallets = [];          // {info, provider}
let wallet = null;           // the connected one
let account = null;          // lower-case 0x address
let chainId = null;          // number
let ask = null;              // the transaction escape waits for
let inFlight = false;        // the wallet was asked and did not answer yet
let switchedDuring = false;  // account or chain changed while asking
let handled = {};            // ask ids the wallet sent
let lastServerMessage = '';  // escape's last word, shown once

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function rows(table, kvs, mono) {
  table.replaceChildren();
  for (const kv of kvs || []) {
    const tr = el('tr');
    tr.append(el('td', kv.key), el('td', kv.value, mono ? 'mono' : undefined));
    table.append(tr);
  }
}

function message(text, good) {
  const m = $('message');
  m.textContent = text || '';
  m.className = 'message ' + (good ? 'good' : 'bad');
}

async function post(path, body) {
  const r = await fetch('api/' + path, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
  return r.json().catch(() => ({}));
}

// ---- wallets -------------------------------------------------------------

window.addEventListener('eip6963:announceProvider', (ev) => {
  const d = ev.detail;
  if (!d || !d.provider || !d.info) return;
  if (wallets.some((w) => w.info.uuid === d.info.uuid)) return;
  wallets.push({info: d.info, provider: d.provider});
  drawWallets();
});

function findWallets() {
  window.dispatchEvent(new Event('eip6963:requestProvider'));
  setTimeout(() => {
    if (wallets.length > 0) return; // announced: drawn already
    if (window.ethereum) {
      wallets.push({info: {uuid: 'window.ethereum', name: 'Browser wallet (window.ethereum)'}, provider: window.ethereum});
    }
    drawWallets();
  }, 600);
}

function drawWallets() {
  const list = $('wallet-list');
  list.replaceChildren();
  if (wallets.length === 0) {
    $('wallet-status').textContent = 'No wallet found in this browser. Open this page in the browser that has your wallet extension (MetaMask, Rabby, Coinbase Wallet, Frame…).';
    return;
  }
  if (!wallet) $('wallet-status').textContent = 'Choose the wallet that holds your account:';
  for (const w of wallets) {
    const b = el('button', undefined, 'wallet');
    b.type = 'button';
    b.dataset.uuid = w.info.uuid;
    if (w.info.icon && w.info.icon.startsWith('data:image/')) {
      const img = el('img');
      img.src = w.info.icon;
      img.alt = '';
      b.append(img);
    }
    b.append(document.createTextNode((wallet === w ? 'Connected: ' : 'Connect ') + w.info.name));
    b.addEventListener('click', () => connect(w));
    list.append(b);
  }
}

async function readWallet(w) {
  const accounts = await w.provider.request({method: 'eth_accounts'});
  const id = await w.provider.request({method: 'eth_chainId'});
  return {account: (accounts && accounts[0] || '').toLowerCase(), chainId: parseInt(id, 16)};
}

async function connect(w) {
  try {
    const accounts = await w.provider.request({method: 'eth_requestAccounts'});
    if (!accounts || accounts.length === 0) throw new Error('the wallet gave no account');
    wallet = w;
    account = accounts[0].toLowerCase();
    chainId = parseInt(await w.provider.request({method: 'eth_chainId'}), 16);
    if (w.provider.on && !w.listening) {
      w.listening = true;
      w.provider.on('accountsChanged', (a) => changed({account: (a && a[0] || '').toLowerCase()}));
      w.provider.on('chainChanged', (c) => changed({chainId: parseInt(c, 16)}));
    }
    await report();
    message('', true);
  } catch (e) {
    message('The wallet did not connect: ' + (e.message || e), false);
  }
  drawWallets();
  drawAsk();
}

async function report() {
  $('wallet-status').textContent = 'Connected: ' + wallet.info.name + ', account ' + account + ' on chain ' + chainId + '.';
  await post('wallet', {name: wallet.info.name, account: account, chainId: chainId});
}

// accountsChanged / chainChanged: re-check against the plan at once.
async function changed(c) {
  if (c.account !== undefined) account = c.account;
  if (c.chainId !== undefined) chainId = c.chainId;
  if (inFlight) switchedDuring = true;
  if (wallet) await report();
  drawAsk();
}

// ---- the transaction -------------------------------------------------------

// mismatch says why the connected wallet cannot send the plan, or ''.
function mismatch(a, acct, chain) {
  if (!wallet) return 'Connect your wallet first (step 1).';
  if (acct !== a.from.toLowerCase()) {
    return 'Your wallet\'s account is ' + (acct || 'none') + ', but escape planned this transaction from ' + a.from + '. Switch your wallet to that account.';
  }
  if (chain !== a.chainId) {
    return 'Your wallet is on chain ' + chain + ', but this transaction is for chain ' + a.chainId + '. Switch your wallet\'s network.';
  }
  return '';
}

function drawAsk() {
  if (!ask || handled[ask.id]) {
    $('ask-none').hidden = false;
    $('ask-body').hidden = true;
    return;
  }
  $('ask-none').hidden = true;
  $('ask-body').hidden = false;
  $('ask-title').textContent = ask.summary.title;
  rows($('ask-lines'), ask.summary.lines);
  $('ask-timeline-box').hidden = !(ask.summary.timeline && ask.summary.timeline.length);
  rows($('ask-timeline'), ask.summary.timeline);
  const warn = $('ask-warnings');
  warn.replaceChildren();
  for (const w of ask.summary.warnings || []) warn.append(el('li', 'WARNING: ' + w));
  const t = ask.tx;
  rows($('ask-tx'), [
    {key: 'escape', value: ask.escape}, {key: 'step', value: ask.step},
    {key: 'chain id', value: String(ask.chainId)}, {key: 'from', value: t.from}, {key: 'to', value: t.to},
    {key: 'value (wei)', value: BigInt(t.value).toString()}, {key: 'nonce', value: String(ask.nonce)},
    {key: 'gas limit', value: BigInt(t.gas).toString()},
    {key: 'max fee per gas (wei)', value: BigInt(t.maxFeePerGas).toString()},
    {key: 'priority fee (wei)', value: BigInt(t.maxPriorityFeePerGas).toString()},
    {key: 'data', value: t.data},
  ], true);
  const why = mismatch(ask, account, chainId);
  const check = $('ask-check');
  check.textContent = why || 'Your wallet matches the plan: account ' + account + ' on chain ' + chainId + '.';
  check.className = 'check ' + (why ? 'bad' : 'good');
  $('send').disabled = !!why || inFlight;
}

async function send() {
  if (!ask || inFlight) return;
  const a = ask;
  let now;
  try {
    now = await readWallet(wallet); // not only what the events said
  } catch (e) {
    message('Could not read your wallet: ' + (e.message || e), false);
    return;
  }
  account = now.account;
  chainId = now.chainId;
  const why = mismatch(a, account, chainId);
  if (why) {
    message(why + ' Nothing was sent.', false);
    drawAsk();
    return;
  }
  // What the wallet was asked with: a switch while it asks changes the
  // page's view, not the account that signs (escape checks it on L1).
  const askedAccount = account, askedChain = chainId;
  inFlight = true;
  switchedDuring = false;
  drawAsk();
  message('Confirm the transaction in your wallet…', true);
  let hash;
  try {
    hash = await wallet.provider.request({method: 'eth_sendTransaction', params: [a.tx]});
  } catch (e) {
    inFlight = false;
    const code = (e && typeof e.code === 'number') ? e.code : -1;
    const text = code === 4001 ? 'You rejected the request in your wallet. Nothing was sent; press the button to ask again.'
      : 'Your wallet did not send the transaction (' + (e && e.message || e) + '). Nothing was sent.';
    message(text, false);
    const r = await post('result', {id: a.id, account: account, chainId: chainId, error: {code: code, message: String(e && e.message || e)}});
    if (r.message) lastServerMessage = r.message; // said above in the page's words
    drawAsk();
    return;
  }
  inFlight = false;
  const r = await post('result', {id: a.id, hash: hash, account: askedAccount, chainId: askedChain});
  if (r.message) lastServerMessage = r.message;
  if (r.ok && !r.message) {
    handled[a.id] = true;
    const extra = switchedDuring ? ' (your wallet switched account or network while asking: escape checks the transaction on L1 itself)' : '';
    message('Your wallet sent ' + hash + '. escape saved it and waits for it to be mined' + extra + '.', true);
  } else {
    message(r.message || ('escape did not take the answer: ' + (r.error || 'unknown')), false);
  }
  drawAsk();
}

// ---- Arbitrum's L2 transaction, through escape's local L2 endpoint ---------------

let l2Shown = '';  // the endpoint drawn, as JSON

function drawL2(l2) {
  const now = JSON.stringify(l2 || null);
  if (now === l2Shown) return;
  l2Shown = now;
  $('l2').hidden = !l2;
  if (!l2) {
    l2Current = null;
    return;
  }
  $('l2-network').textContent = l2.network;
  $('l2-chain').textContent = String(l2.chainId);
  $('l2-url').textContent = l2.url;
  $('l2-from').textContent = l2.from;
  $('l2-to').textContent = l2.to;
  $('l2-value').textContent = l2.value;
  const data = l2.data && l2.data !== '0x' ? l2.data : '';
  $('l2-data-label').textContent = data ? 'data (' + (data.length - 2) / 2 + ' bytes, the wallet\'s hex data field)' : 'no data';
  $('l2-data').textContent = data;
  $('l2-nonce').textContent = String(l2.nonce);
  $('l2-gas').textContent = String(l2.gas);
  $('l2-fee').textContent = l2.maxFee + ' to ' + l2.maxFeeTo;
  $('l2-copied').textContent = '';
  $('l2-chain-again').textContent = String(l2.chainId);
  $('l2-message').textContent = '';
  l2Current = l2;
}

let l2Current = null;  // the endpoint shown
let l2InFlight = false;

function l2Message(text, good) {
  $('l2-message').textContent = text || '';
  $('l2-message').className = 'message ' + (good ? 'good' : 'bad');
}

// switchChain asks the wallet onto chain id; a chain it does not know
// (4902) is added with rpcUrl, then switched to.
async function switchChain(id, network, rpcUrl) {
  const hex = '0x' + id.toString(16);
  try {
    await wallet.provider.request({method: 'wallet_switchEthereumChain', params: [{chainId: hex}]});
  } catch (e) {
    if (!(e && e.code === 4902) || !rpcUrl) throw e;
    await wallet.provider.request({method: 'wallet_addEthereumChain', params: [{chainId: hex,
      chainName: network + ' (through escape)', rpcUrls: [rpcUrl], nativeCurrency: {name: 'Ether', symbol: 'ETH', decimals: 18}}]});
    await wallet.provider.request({method: 'wallet_switchEthereumChain', params: [{chainId: hex}]});
  }
  chainId = parseInt(await wallet.provider.request({method: 'eth_chainId'}), 16);
  if (chainId !== id) throw new Error('the wallet stayed on chain ' + chainId);
}

// sendL2 asks the wallet, whose L2 RPC is escape's local endpoint, for
// the planned L2 transaction, then switches it back to the chain it was
// on (L1) so that the L1 transaction can be asked next.
async function sendL2() {
  const l2 = l2Current;
  if (!l2 || l2InFlight) return;
  if (!wallet) {
    l2Message('Connect your wallet first (step 1).', false);
    return;
  }
  let now;
  try {
    now = await readWallet(wallet);
  } catch (e) {
    l2Message('Could not read your wallet: ' + (e.message || e), false);
    return;
  }
  account = now.account;
  chainId = now.chainId;
  if (account !== l2.from.toLowerCase()) {
    l2Message('Your wallet\'s account is ' + (account || 'none') + ', but escape planned this transaction from ' + l2.from +
      '. Switch your wallet to that account. Nothing was sent.', false);
    return;
  }
  const back = chainId !== l2.chainId ? chainId : null;
  l2InFlight = true;
  $('l2-send').disabled = true;
  try {
    l2Message('Confirm the switch to chain ' + l2.chainId + ' in your wallet…', true);
    await switchChain(l2.chainId, l2.network, l2.url);
    l2Message('Confirm the transaction in your wallet…', true);
    const hash = await wallet.provider.request({method: 'eth_sendTransaction', params: [l2.tx]});
    l2Message('Your wallet answered ' + hash + '; checking that escape\'s endpoint has it…', true);
    if (await l2Received(hash)) {
      l2Message('Your wallet sent ' + hash + ' to escape\'s endpoint; escape checks it.', true);
    } else {
      l2Message('Your wallet answered ' + hash + ', but escape\'s endpoint did not receive it: your wallet sent it to the RPC it ' +
        'already has for chain ' + l2.chainId + ' (' + l2.network + '), not to escape. If that is the L2\'s own RPC, its operators ' +
        'have it: if they include it, your withdrawal is made on L2 the usual way (escape status ' + hash + ' --network … finds it). ' +
        'Otherwise set that network\'s RPC in your wallet to ' + l2.url + ' and press the button again (with nonce ' + l2.nonce +
        ', if the wallet proposes another).', false);
    }
  } catch (e) {
    const text = e && e.code === 4001 ? 'You rejected the request in your wallet.' : 'Your wallet did not send it (' + (e && e.message || e) + ').';
    l2Message(text + ' Press the button to ask again.', false);
  }
  if (back !== null) {
    try {
      await switchChain(back);
    } catch (e) {
      message('Switch your wallet back to chain ' + back + ' for the L1 transaction (' + (e && e.message || e) + ').', false);
    }
  }
  try {
    await report();
  } catch (e) { /* poll() says when escape stopped */ }
  l2InFlight = false;
  $('l2-send').disabled = false;
  drawAsk();
}

// l2Received says whether escape's local L2 endpoint took the transaction
// the wallet answered with hash, waiting the server's grace for it.
async function l2Received(hash) {
  let deadline = 0;
  for (;;) {
    try {
      const st = await (await fetch('api/state')).json();
      if ((st.l2Captured || []).some((h) => h.toLowerCase() === String(hash).toLowerCase())) return true;
      if (!deadline) deadline = Date.now() + (st.l2GraceMs || 10000);
      if (Date.now() > deadline) return false;
    } catch (e) {
      return false; // escape stopped serving the page: poll() says so
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function copyL2URL() {
  const url = $('l2-url').textContent;
  try {
    await navigator.clipboard.writeText(url);
    $('l2-copied').textContent = 'Copied.';
  } catch (e) {
    // No clipboard for this page: select the URL for the user to copy.
    const r = document.createRange();
    r.selectNodeContents($('l2-url'));
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(r);
    $('l2-copied').textContent = 'Selected: copy it with Ctrl-C.';
    $('l2-copied').title = 'The browser did not let the page copy: ' + (e && e.message || e);
  }
}

// ---- polling escape ----------------------------------------------------------

async function poll() {
  try {
    const r = await fetch('api/state');
    const st = await r.json();
    const before = ask && ask.id;
    ask = st.ask || null;
    if (st.message && st.message !== lastServerMessage && !inFlight) message(st.message, false);
    lastServerMessage = st.message;
    const sent = $('sent');
    sent.replaceChildren();
    for (const s of st.sent || []) sent.append(el('li', s.step + ' of escape ' + s.escape + ': ' + s.hash));
    if ((ask && ask.id) !== before) drawAsk();
    drawL2(st.l2);
  } catch (e) {
    drawL2(null);
    $('ask-none').textContent = 'escape has stopped serving this page (the command finished or was stopped).';
    $('ask-none').hidden = false;
    $('ask-body').hidden = true;
  }
}

// ---- where the escapes stand -----------------------------------------------------

let escapes = [];

function left(until) {
  let s = Math.round((new Date(until) - Date.now()) / 1000);
  if (s <= 0) return 'now';
  const d = Math.floor(s / 86400); s -= d * 86400;
  const h = Math.floor(s / 3600); s -= h * 3600;
  const m = Math.floor(s / 60); s -= m * 60;
  return (d ? d + 'd ' : '') + (d || h ? h + 'h ' : '') + (d || h || m ? m + 'm ' : '') + s + 's';
}

function drawEscapes() {
  const list = $('escape-list');
  list.replaceChildren();
  $('escapes-none').hidden = escapes.length > 0;
  $('escapes-none').textContent = 'The local record holds no escapes yet.';
  for (const e of escapes) {
    const div = el('div', undefined, 'escape');
    div.dataset.escape = e.id;
    const h = el('h3', e.id + ' on ' + e.network + ' ');
    h.append(el('span', e.stage, 'stage'));
    div.append(h);
    if (e.error) div.append(el('p', 'Could not read its status: ' + e.error));
    const s = e.status;
    if (s) {
      div.append(el('p', 'What happened: ' + s.happened));
      if (s.next) div.append(el('p', 'What comes next: ' + s.next));
      if (s.do) div.append(el('p', 'What to do: ' + s.do));
      const t = el('table');
      for (const w of s.waits || []) {
        const tr = el('tr');
        const v = w.until ? (w.estimate ? 'about ' : '') + 'in ' : (w.block ? 'L1 block ' + w.block : 'not known yet');
        const td = el('td', v);
        if (w.until) {
          const c = el('span', left(w.until), 'countdown');
          c.dataset.until = w.until;
          td.append(c);
        }
        tr.append(el('td', w.what), td);
        t.append(tr);
      }
      div.append(t);
    }
    list.append(div);
  }
}

function tick() {
  for (const c of document.querySelectorAll('.countdown')) c.textContent = left(c.dataset.until);
}

async function loadEscapes() {
  try {
    const r = await fetch('api/escapes');
    escapes = await r.json();
    if (!Array.isArray(escapes)) escapes = [];
    drawEscapes();
  } catch (e) { /* the server stopped: poll() says so */ }
}

document.addEventListener('DOMContentLoaded', () => {
  $('send').addEventListener('click', send);
  $('l2-copy').addEventListener('click', copyL2URL);
  $('l2-send').addEventListener('click', sendL2);
  findWallets();
  poll();
  loadEscapes();
  setInterval(poll, 1000);
  setInterval(loadEscapes, 15000);
  setInterval(tick, 1000);
});
