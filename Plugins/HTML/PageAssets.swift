import RoadmapPlugin

/// The page's one style sheet and one script, inline (the page loads nothing). The
/// Content-Security-Policy allows exactly these two blocks, by their SHA-256 hashes.
enum PageAssets {
    /// The style sheet: system fonts, light and dark, a print layout, narrow screens.
    static var style: String {
        var css = """
        :root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --card: #f6f8fa; --accent: #0969da; --done: #1a7f37; }
        @media (prefers-color-scheme: dark) { :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --card: #151b23; --accent: #4493f8; --done: #3fb950; } }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        header, main, footer, .picture-note { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
        header { padding-top: 1.5rem; }
        h1 { font-size: 1.8rem; line-height: 1.25; margin: 0 0 .5rem; }
        h2 { font-size: 1.35rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
        h3 { font-size: 1.1rem; margin: 0 0 .25rem; }
        a { color: var(--accent); }
        code { font: .85em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
        .sources { padding-left: 1.25rem; }
        .totals { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; margin: .75rem 0; padding: .75rem 1rem; background: var(--card); border: 1px solid var(--line); border-radius: 8px; }
        .totals strong { font-variant-numeric: tabular-nums; }
        .tools { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: .5rem 0 1rem; }
        .tools button, .tools label.button { font: inherit; padding: .35rem .8rem; border: 1px solid var(--line); border-radius: 6px; background: var(--card); color: var(--fg); cursor: pointer; }
        .tools button:focus-visible, .tools label.button:focus-within, a:focus-visible, input:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        [hidden] { display: none !important; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        .picture { overflow: auto; border: 1px solid var(--line); border-radius: 8px; margin: 0 1rem; background: var(--bg); max-height: 80vh; }
        svg.graph { display: block; font: 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
        svg.graph .group { fill: var(--card); stroke: var(--line); }
        svg.graph .group-label { fill: var(--muted); font-weight: 600; }
        svg.graph .edge { fill: none; stroke: var(--muted); stroke-width: 1.2; opacity: .8; }
        svg.graph .arrowhead { fill: var(--muted); }
        svg.graph .node rect { stroke: #57606a; stroke-width: 1; }
        svg.graph .node text { fill: #1f2328; text-anchor: middle; }
        svg.graph .node.shared rect { stroke: var(--fg); stroke-width: 3; }
        svg.graph .node.external rect { fill: transparent; stroke-dasharray: 5 4; }
        svg.graph .node.external text { fill: var(--muted); }
        svg.graph a.node:hover rect, svg.graph a.node:focus rect { stroke: var(--accent); stroke-width: 3; }
        svg.graph .node.is-done rect { stroke: var(--done); stroke-width: 4; }
        svg.graph .node.is-done text { text-decoration: line-through; }
        .legend { display: flex; flex-wrap: wrap; gap: .5rem 1rem; list-style: none; padding: 0 1rem; margin: .5rem 0 0; font-size: .9rem; }
        .legend li { display: flex; align-items: center; gap: .4rem; }
        .swatch { display: inline-block; width: 1.1rem; height: .9rem; border: 1px solid #57606a; border-radius: 3px; }
        .swatch.shared { border: 3px solid var(--fg); background: transparent; }
        .swatch.external { border: 1px dashed var(--muted); background: transparent; }
        .card { border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; margin: 0 0 .75rem; background: var(--bg); scroll-margin-top: 1rem; }
        .card:target { outline: 3px solid var(--accent); }
        .card.is-done { border-left: 6px solid var(--done); }
        .card h3 label { display: flex; gap: .6rem; align-items: baseline; cursor: pointer; }
        .card input[type=checkbox] { width: 1.1rem; height: 1.1rem; flex: none; }
        .meta, .from, .links { color: var(--muted); font-size: .9rem; margin: .15rem 0; }
        .badge { font-size: .75rem; font-weight: normal; border: 1px solid var(--muted); border-radius: .6rem; padding: 0 .45rem; color: var(--muted); vertical-align: middle; }
        .note { font-style: italic; margin: .15rem 0; }
        .resources { margin: .5rem 0; padding-left: 1.25rem; }
        .resources .kind { color: var(--muted); font-size: .85rem; }
        details { margin: .5rem 0; }
        details blockquote { margin: .25rem 0 .5rem 1rem; padding-left: .75rem; border-left: 3px solid var(--line); }
        table.changes { border-collapse: collapse; width: 100%; }
        table.changes th, table.changes td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); padding: .4rem .5rem; }
        .change { font-weight: 600; white-space: nowrap; }
        .change-added { color: #1a7f37; } .change-removed { color: #cf222e; } .change-renamed, .change-moved { color: #9a6700; } .change-changed { color: var(--accent); }
        .before { color: #cf222e; } .after { color: #1a7f37; }
        footer { color: var(--muted); font-size: .85rem; padding: 2rem 1rem; }
        @media (max-width: 40rem) { body { font-size: 15px; } h1 { font-size: 1.45rem; } .picture { margin: 0 .5rem; } header, main, footer { padding: 0 .75rem; } table.changes td, table.changes th { display: block; border: 0; padding: .1rem 0; } table.changes tr { display: block; border-bottom: 1px solid var(--line); padding: .4rem 0; } table.changes thead { display: none; } }
        @media print { :root { --bg: #fff; --fg: #000; --muted: #333; --card: #fff; } .tools, .picture, .legend, .picture-note { display: none; } .card { border: 0; border-top: 1px solid #999; border-radius: 0; padding: .5rem 0; } .card h3, .card .meta, .resources li, blockquote { break-inside: avoid; } .card h3 { break-after: avoid; } a { color: #000; } .resources a::after { content: " (" attr(href) ")"; font-size: .8em; word-break: break-all; } h2 { break-after: avoid; } }

        """
        for (index, colour) in GraphOutline.roadmapColours.enumerated() {
            css += "svg.graph .node.r\(index) rect, .swatch.r\(index) { fill: \(colour); background: \(colour); }\n"
        }
        return css
    }

    /// The script: progress in local storage under every key of a topic, totals, the graph's
    /// done marks, export to and import from a progress file (`roadmap progress` reads it).
    static let script = """
    (function () {
      "use strict";
      var STORE = "roadmap-progress";
      var state;
      try { state = JSON.parse(localStorage.getItem(STORE) || "{}"); } catch (e) { state = {}; }
      if (!state || typeof state !== "object" || typeof state.done !== "object" || state.done === null) { state = { done: {} }; }
      var boxes = Array.prototype.slice.call(document.querySelectorAll("input.done[data-keys]"));
      function keys(box) { try { var list = JSON.parse(box.getAttribute("data-keys")); return Array.isArray(list) ? list.map(String) : []; } catch (e) { return []; } }
      var nodes = {};
      Array.prototype.slice.call(document.querySelectorAll("svg.graph [data-card]")).forEach(function (node) { nodes[node.getAttribute("data-card")] = node; });
      function doneDate(box) {
        var found = null;
        keys(box).forEach(function (key) { if (Object.prototype.hasOwnProperty.call(state.done, key)) { found = found || state.done[key]; } });
        return found;
      }
      function save() { try { localStorage.setItem(STORE, JSON.stringify(state)); } catch (e) { /* storage off: the page still works */ } }
      function today() { return new Date().toISOString().slice(0, 10); }
      function refresh() {
        var done = 0, hoursDone = 0, hoursAll = 0;
        boxes.forEach(function (box) {
          var hours = parseFloat(box.getAttribute("data-hours") || "0");
          hoursAll += hours;
          var card = document.getElementById(box.getAttribute("data-card"));
          var node = nodes[box.getAttribute("data-card")];
          if (box.checked) { done += 1; hoursDone += hours; }
          if (card) { card.classList.toggle("is-done", box.checked); }
          if (node) { node.classList.toggle("is-done", box.checked); }
        });
        var set = function (id, value) { var element = document.getElementById(id); if (element) { element.textContent = value; } };
        set("done-count", String(done));
        set("left-count", String(boxes.length - done));
        set("hours-done", String(Math.round(hoursDone * 10) / 10));
        set("hours-left", String(Math.round((hoursAll - hoursDone) * 10) / 10));
      }
      if (typeof state.cleared !== "object" || state.cleared === null) { state.cleared = {}; }
      function cleared(box) { return keys(box).some(function (key) { return Object.prototype.hasOwnProperty.call(state.cleared, key); }); }
      boxes.forEach(function (box) {
        // A progress file given to the tool (--progress) preloads its done topics, unless this
        // browser already says otherwise (a tick set here, or one taken off a preloaded topic).
        if (box.getAttribute("data-preset") === "done" && doneDate(box) === null && !cleared(box)) {
          var preset = box.getAttribute("data-preset-date") || today();
          keys(box).forEach(function (key) { state.done[key] = preset; });
        }
        box.checked = doneDate(box) !== null;
        box.addEventListener("change", function () {
          var date = today();
          keys(box).forEach(function (key) {
            if (box.checked) { state.done[key] = date; delete state.cleared[key]; } else { delete state.done[key]; if (box.hasAttribute("data-preset")) { state.cleared[key] = 1; } }
          });
          save();
          refresh();
        });
      });
      var tools = document.getElementById("progress-tools");
      if (tools) { tools.hidden = false; }
      var exporter = document.getElementById("export-progress");
      if (exporter) {
        exporter.addEventListener("click", function () {
          var lines = ["# Progress exported from the page \\"" + document.title.replace(/[\\r\\n"\\\\]/g, " ") + "\\" on " + today() + ".",
                       "# `roadmap progress FILE` reads it.", "roadmap-progress: 1", "topics:"];
          var count = 0;
          boxes.forEach(function (box) {
            if (!box.checked) { return; }
            count += 1;
            lines.push("  - ref: \\"" + keys(box)[0] + "\\"", "    status: done", "    date: \\"" + (doneDate(box) || today()) + "\\"");
          });
          if (count === 0) { lines[3] = "topics: []"; }
          var blob = new Blob([lines.join("\\n") + "\\n"], { type: "application/yaml" });
          var link = document.createElement("a");
          link.href = URL.createObjectURL(blob);
          link.download = (document.body.getAttribute("data-id") || "roadmap") + "-progress.yaml";
          document.body.appendChild(link);
          link.click();
          setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 0);
        });
      }
      var importer = document.getElementById("import-progress");
      if (importer) {
        importer.addEventListener("change", function () {
          var file = importer.files && importer.files[0];
          if (!file) { return; }
          var reader = new FileReader();
          reader.onload = function () {
            // The progress format as `roadmap progress` reads it: entries start with "- ",
            // keys ref, status, date, note, values plain or quoted, comments after "#".
            var entries = [], current = null;
            function value(text) {
              var t = text.trim();
              if (t.charAt(0) === "\\"" || t.charAt(0) === "'") { var q = t.charAt(0), end = t.indexOf(q, 1); return end > 0 ? t.slice(1, end) : t.slice(1); }
              var hash = t.search(/\\s#/);
              return (hash >= 0 ? t.slice(0, hash) : t).trim();
            }
            String(reader.result).split(/\\r?\\n/).forEach(function (line) {
              var item = /^\\s*-\\s+(.*)$/.exec(line);
              var text = line;
              if (item) { current = {}; entries.push(current); text = item[1]; }
              var field = /^\\s*(ref|status|date|note):\\s*(.*)$/.exec(text);
              if (field && current) { current[field[1]] = value(field[2]); }
            });
            var matched = 0, unknown = 0, today_ = today();
            var byKey = Object.create(null);   // each name to its checkboxes, built once
            boxes.forEach(function (box) { keys(box).forEach(function (key) { (byKey[key] = byKey[key] || []).push(box); }); });
            entries.forEach(function (entry) {
              if (!entry.ref || entry.status !== "done") { return; }
              var hits = byKey[entry.ref] || [];
              hits.forEach(function (box) {
                box.checked = true;
                keys(box).forEach(function (key) { state.done[key] = state.done[key] || entry.date || today_; });
              });
              if (hits.length) { matched += 1; } else { unknown += 1; }
            });
            save();
            refresh();
            var result = document.getElementById("import-result");
            if (result) { result.textContent = "Imported " + matched + " done topic" + (matched === 1 ? "" : "s") + (unknown ? ", " + unknown + " not on this page" : "") + "."; }
            importer.value = "";
          };
          reader.readAsText(file);
        });
      }
      // Printed, every topic shows all its texts: the other sources' summaries too.
      window.addEventListener("beforeprint", function () {
        Array.prototype.slice.call(document.querySelectorAll("details")).forEach(function (details) { details.open = true; });
      });
      refresh();
      document.body.setAttribute("data-progress-ready", "1");
    })();
    """
}
