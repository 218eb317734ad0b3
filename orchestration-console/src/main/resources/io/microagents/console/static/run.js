// Builds a run's tree from its events (server-sent, one JSON object each): a branch per
// workflow (child agents nested, side by side when they run at once), a line per model call
// with its text as it streams in, tool calls with their arguments and result, handoffs.
// Everything is added with textContent: nothing from a run is ever parsed as HTML.
(function () {
  'use strict';
  var tree = document.getElementById('tree');
  if (!tree || !window.EventSource) { return; }
  var state = document.getElementById('stream-state');
  var branches = {};
  var totals = { input: 0, output: 0, total: 0, calls: 0 };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function parentPath(path) {
    var i = path.lastIndexOf('/');
    return i < 0 ? '' : path.substring(0, i);
  }

  // Children that run at once (a fan-out) share a row, side by side; one started after the
  // others ended begins a new row, in order among its parent's steps.
  function place(parent, section) {
    if (!parent.group || parent.group.running === 0) {
      var li = el('li', 'group');
      var row = el('div', 'children');
      li.append(row);
      parent.steps.append(li);
      parent.group = { row: row, running: 0 };
    }
    parent.group.row.append(section);
    parent.group.running += 1;
    return parent.group;
  }

  function branch(path, agent) {
    var b = branches[path];
    if (b) {
      if (agent && !b.agent) { b.agent = agent; b.title.textContent = agent; }
      return b;
    }
    var section = el('section', 'branch');
    section.dataset.path = path;
    var h = el('h3');
    var title = el('span', 'agent', agent || (path === '' ? (tree.dataset.title || 'run') : path));
    var status = el('span', 'status running', 'running');
    h.append(title, ' ', status);
    if (path !== '') { h.append(' ', el('span', 'path', path)); }
    var steps = el('ol', 'steps');
    section.append(h, steps);
    b = { path: path, agent: agent, section: section, title: title, status: status, steps: steps,
      calls: {}, tools: [], group: null, inGroup: null, ended: false };
    branches[path] = b;
    if (path === '') {
      tree.append(section);
    } else {
      b.inGroup = place(branches[parentPath(path)] || branch(''), section);
    }
    return b;
  }

  function ended(b) {
    if (!b.ended && b.inGroup) { b.inGroup.running -= 1; }
    b.ended = true;
  }

  function step(b, kind, text) {
    var li = el('li');
    li.append(el('span', 'kind', kind));
    if (text) { li.append(el('span', null, text)); }
    b.steps.append(li);
    return li;
  }

  function setStatus(b, cls, text) {
    b.status.className = 'status ' + cls;
    b.status.textContent = text;
  }

  function showTotals() {
    document.getElementById('usage').textContent =
      totals.input + ' in, ' + totals.output + ' out, ' + totals.total + ' total';
    document.getElementById('calls').textContent = String(totals.calls);
  }

  function call(b, e) {
    var c = b.calls[e.call];
    if (!c) {
      var li = step(b, 'model call', e.agent ? '(' + e.agent + ')' : '');
      li.dataset.call = e.call;
      var text = el('pre', 'text');
      text.dataset.streaming = 'true';
      li.append(text);
      c = b.calls[e.call] = { li: li, text: text };
    }
    return c;
  }

  function handle(e) {
    var b = branch(e.path, e.agent);
    switch (e.type) {
      case 'AgentStarted':
        break;
      case 'ModelCallStarted':
        call(b, e);
        break;
      case 'Delta':
        if (e.kind === 'TEXT' || e.kind === 'REFUSAL') { call(b, e).text.append(e.text); }
        break;
      case 'PartialOutputDiscarded':
        var c = call(b, e);
        c.text.textContent = '';
        c.li.append(el('div', 'meta', 'attempt ' + e.attempt + ': the earlier attempt failed; its text was discarded'));
        break;
      case 'ModelCallFinished':
        var f = call(b, e);
        f.text.dataset.streaming = 'false';
        if (e.usage) {
          f.li.append(el('div', 'meta', e.usage.input + ' in, ' + e.usage.output + ' out tokens'));
          totals.input += e.usage.input; totals.output += e.usage.output; totals.total += e.usage.total;
        }
        totals.calls += 1;
        showTotals();
        break;
      case 'ToolCallStarted':
        var t = step(b, 'tool call', e.tool);
        t.classList.add('tool');
        t.append(el('pre', 'arguments', e.arguments));
        b.tools.push({ tool: e.tool, li: t });
        break;
      case 'ToolCallFinished':
        var open = null;
        for (var i = 0; i < b.tools.length; i++) {
          if (b.tools[i].tool === e.tool) { open = b.tools.splice(i, 1)[0]; break; }
        }
        var target = open ? open.li : step(b, 'tool result', e.tool);
        target.append(el('pre', e.error ? 'result error' : 'result', (e.error ? 'error: ' : '→ ') + e.output));
        break;
      case 'Handoff':
        step(b, 'handoff', e.from + ' → ' + e.to);
        break;
      case 'ChildStarted':
        b.section.title = e.workflowId;
        break;
      case 'WaitingForPerson':
        setStatus(b, 'waiting', 'waiting for a person');
        var w = step(b, 'waiting for a person', '');
        (e.questions || []).forEach(function (q) { w.append(el('div', null, q.agent + ' asks: ' + q.question)); });
        (e.approvals || []).forEach(function (a) { w.append(el('div', null, 'approve ' + a.tool + ' ' + a.arguments + '?')); });
        document.getElementById('waiting').hidden = false;
        break;
      case 'Finished':
        ended(b);
        setStatus(b, 'finished', 'finished');
        if (e.output !== undefined && e.output !== null) {
          var out = step(b, 'output', '');
          out.append(el('pre', 'output', e.output));
        }
        break;
      case 'Failed':
        ended(b);
        setStatus(b, 'failed', 'failed');
        step(b, 'failed', e.message).classList.add('error');
        break;
      case 'StreamGap':
        step(b, 'gap', 'some streamed text is missing here (the finished responses are complete)');
        break;
    }
  }

  var source = new EventSource(tree.dataset.events);
  source.onopen = function () { state.textContent = 'Live.'; };
  source.onmessage = function (m) {
    var e = JSON.parse(m.data);
    handle(e);
    if (e.type !== 'WaitingForPerson' && e.type !== 'Finished' && e.type !== 'Failed' && branches[e.path]
        && branches[e.path].status.textContent === 'waiting for a person') {
      setStatus(branches[e.path], 'running', 'running');
    }
  };
  source.addEventListener('end', function (m) {
    source.close();
    var ended = JSON.parse(m.data).status || 'ended';
    state.textContent = 'The run and its children have ended.';
    var status = document.getElementById('run-status');
    status.className = 'status ' + ended;
    status.textContent = ended;
    var root = branches[''];
    if (root && root.status.textContent !== 'failed') {
      setStatus(root, ended === 'completed' ? 'finished' : ended, ended === 'completed' ? 'finished' : ended);
    }
    document.getElementById('waiting').hidden = true;
  });
  source.onerror = function () {
    if (source.readyState === EventSource.CONNECTING) { state.textContent = 'Reconnecting…'; }
  };
})();
