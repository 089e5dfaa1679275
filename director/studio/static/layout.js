// Director studio: the storyboard's layout editor, plain SVG (no build step).
//
// Per shot: who is in it (add, remove, swap from the bible), their boxes on each keyframe (drag to move, corner
// handles to resize; on every keyframe at once or on one), a person's pose from the pose library, and the
// camera's size and angle, which re-frame the figures on the server (the planner stages the shot again at the
// new framing). The server checks every edit like any plan (director.layout.validate) before it is saved.
"use strict";

const SVGNS = "http://www.w3.org/2000/svg";
const CANVAS_WIDTH = 640;
const HANDLE = 9;

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
const round4 = (v) => Math.round(v * 10000) / 10000;

class LayoutEditor {
  constructor(root) {
    this.root = root;
    this.project = root.dataset.project;
    this.shot = root.dataset.shot;
    this.k = null;
  }

  url() {
    return `/api/projects/${this.project}/shots/${encodeURIComponent(this.shot)}/layout`;
  }

  async load() {
    const answer = await fetch(this.url());
    const data = await answer.json();
    if (!answer.ok) throw new Error(data.error || `could not load the layout (${answer.status})`);
    this.setLayout(data);
    this.build();
  }

  setLayout(data) {
    this.data = data;
    this.keyframes = data.keyframes.map((kf) => kf.objects.map((o) => ({...o, box: [...o.box]})));
    this.poses = {};
    this.swaps = {};
    if (this.k === null || this.k >= this.keyframes.length) this.k = Math.floor(this.keyframes.length / 2);
    this.W = CANVAS_WIDTH;
    this.H = Math.round(CANVAS_WIDTH * data.height / data.width);
  }

  entity(id) {
    return this.data.entities.find((e) => e.id === id) || {id, name: id, kind: "object", color: "#888888"};
  }

  inShot() {
    const ids = [];
    for (const row of this.keyframes) for (const o of row) if (!ids.includes(o.entity)) ids.push(o.entity);
    return ids;
  }

  // ---- the page ---------------------------------------------------------------------------------------------

  build() {
    this.root.replaceChildren();
    const bar = el("div", {class: "layout-bar"});
    this.slider = el("input", {type: "range", class: "keyframe", min: 0, max: this.keyframes.length - 1,
                               value: this.k, "aria-label": "keyframe"});
    this.slider.addEventListener("input", () => { this.k = Number(this.slider.value); this.draw(); });
    this.time = el("span", {class: "kf-time hint"});
    const all = el("label", {class: "hint"});
    this.everyKeyframe = el("input", {type: "checkbox", class: "all-keyframes", checked: ""});
    all.append(this.everyKeyframe, " move and resize on every keyframe");
    bar.append(el("span", {}, "keyframe "), this.slider, this.time, all);

    this.canvas = svg("svg", {class: "layout-canvas", viewBox: `0 0 ${this.W} ${this.H}`, role: "img",
                              "aria-label": `layout of ${this.shot}`});
    this.canvas.addEventListener("pointermove", (e) => this.drag(e));
    this.canvas.addEventListener("pointerup", (e) => this.drop(e));
    this.canvas.addEventListener("pointercancel", (e) => this.drop(e));

    this.cast = el("div", {class: "cast-list"});
    const camera = el("div", {class: "layout-camera row"});
    this.size = this.select("camera-size", this.data.sizes, this.data.camera.size);
    this.angle = this.select("camera-angle", this.data.angles, this.data.camera.angle);
    for (const s of [this.size, this.angle]) s.addEventListener("change", () => this.save({reframe: true}));
    camera.append(el("label", {}, "size "), this.size, el("label", {}, " angle "), this.angle,
                  el("span", {class: "hint"}, " (re-frames the figures and saves)"));

    const actions = el("div", {class: "layout-actions row"});
    const save = el("button", {type: "button", class: "save-layout"}, "Save layout");
    const render = el("button", {type: "button", class: "save-layout-render"}, "Save and re-render");
    const reset = el("button", {type: "button", class: "reset-layout"}, "Undo unsaved changes");
    save.addEventListener("click", () => this.save({}));
    render.addEventListener("click", () => this.save({render: true}));
    reset.addEventListener("click", () => { this.setLayout(this.data); this.build(); });
    actions.append(save, render, reset);
    this.status = el("p", {class: "layout-status hint", role: "status"});
    const pins = this.data.pins;
    const fixed = [pins.cast ? "cast" : "", pins.camera ? "camera" : "", pins.boxes.length ? `boxes of ${pins.boxes.join(", ")}` : ""]
      .filter(Boolean);
    this.status.textContent = fixed.length ? `fixed by you (kept by a re-plan): ${fixed.join("; ")}` : "";
    this.root.append(bar, this.canvas, this.cast, camera, actions, this.status);
    this.draw();
  }

  select(cls, options, value, labels = {}) {
    const s = el("select", {class: cls});
    for (const o of options) {
      const opt = el("option", {value: o}, labels[o] || o);
      if (o === value) opt.selected = true;
      s.append(opt);
    }
    return s;
  }

  draw() {
    const kf = this.data.keyframes[this.k];
    this.time.textContent = ` ${this.k + 1} of ${this.keyframes.length}, t = ${kf.t.toFixed(2)} s `;
    this.canvas.replaceChildren(svg("rect", {x: 0, y: 0, width: this.W, height: this.H, class: "frame"}));
    for (const o of this.keyframes[this.k]) this.canvas.append(this.figure(o));
    this.drawCast();
  }

  figure(o) {
    const ent = this.entity(o.entity);
    const [x0, y0, x1, y1] = o.box;
    const g = svg("g", {class: "obj", "data-entity": o.entity});
    const box = svg("rect", {class: "box", x: x0 * this.W, y: y0 * this.H, width: (x1 - x0) * this.W,
                             height: (y1 - y0) * this.H, fill: ent.color, "fill-opacity": 0.25, stroke: ent.color,
                             "stroke-width": 2});
    box.addEventListener("pointerdown", (e) => this.grab(e, o.entity, "move"));
    g.append(box);
    if (o.keypoints) {
      for (const [a, b] of this.data.limbs) {
        const p = o.keypoints[a - 1], q = o.keypoints[b - 1];
        if (!p || !q || p[2] <= 0 || q[2] <= 0) continue;
        g.append(svg("line", {x1: p[0] * this.W, y1: p[1] * this.H, x2: q[0] * this.W, y2: q[1] * this.H,
                              stroke: ent.color, "stroke-width": 3, "pointer-events": "none"}));
      }
    }
    const label = svg("text", {x: x0 * this.W + 4, y: y0 * this.H + 14, class: "name", "pointer-events": "none"});
    label.textContent = ent.name;
    g.append(label);
    for (const corner of ["nw", "ne", "sw", "se"]) {
      const hx = (corner.includes("w") ? x0 : x1) * this.W, hy = (corner.includes("n") ? y0 : y1) * this.H;
      const handle = svg("rect", {class: "handle", "data-corner": corner, x: hx - HANDLE / 2, y: hy - HANDLE / 2,
                                  width: HANDLE, height: HANDLE, fill: "#fff", stroke: ent.color});
      handle.addEventListener("pointerdown", (e) => this.grab(e, o.entity, corner));
      g.append(handle);
    }
    return g;
  }

  // ---- dragging ---------------------------------------------------------------------------------------------

  point(e) {
    const r = this.canvas.getBoundingClientRect();
    return [(e.clientX - r.left) / r.width, (e.clientY - r.top) / r.height];
  }

  grab(e, entity, mode) {
    e.preventDefault();
    e.stopPropagation();
    this.canvas.setPointerCapture(e.pointerId);
    const rows = this.everyKeyframe.checked ? this.keyframes : [this.keyframes[this.k]];
    const start = rows.map((row) => row.filter((o) => o.entity === entity).map((o) => ({o, box: [...o.box],
      keypoints: o.keypoints ? o.keypoints.map((p) => [...p]) : null}))).flat();
    this.dragging = {entity, mode, from: this.point(e), start};
  }

  drag(e) {
    if (!this.dragging) return;
    const [px, py] = this.point(e);
    const dx = px - this.dragging.from[0], dy = py - this.dragging.from[1];
    for (const {o, box, keypoints} of this.dragging.start) {
      let [x0, y0, x1, y1] = box;
      const mode = this.dragging.mode;
      if (mode === "move") {
        const mx = clamp(dx, -x0, 1 - x1), my = clamp(dy, -y0, 1 - y1);
        x0 += mx; x1 += mx; y0 += my; y1 += my;
      } else {
        if (mode.includes("w")) x0 = clamp(x0 + dx, 0, x1 - 0.02);
        if (mode.includes("e")) x1 = clamp(x1 + dx, x0 + 0.02, 1);
        if (mode.includes("n")) y0 = clamp(y0 + dy, 0, y1 - 0.02);
        if (mode.includes("s")) y1 = clamp(y1 + dy, y0 + 0.02, 1);
      }
      o.box = [x0, y0, x1, y1].map(round4);
      if (keypoints) {   // the skeleton follows its box, as the server will carry it
        const fx = (x1 - x0) / (box[2] - box[0]), fy = (y1 - y0) / (box[3] - box[1]);
        o.keypoints = keypoints.map(([x, y, v]) => [x0 + (x - box[0]) * fx, y0 + (y - box[1]) * fy, v]);
      }
    }
    this.draw();
  }

  drop(e) {
    if (!this.dragging) return;
    this.dragging = null;
    this.status.textContent = "unsaved changes";
  }

  // ---- who is in the shot -----------------------------------------------------------------------------------

  drawCast() {
    const here = this.inShot();
    const others = this.data.entities.filter((e) => !here.includes(e.id)).map((e) => e.id);
    const names = Object.fromEntries(this.data.entities.map((e) => [e.id, e.name]));
    this.cast.replaceChildren();
    for (const id of here) {
      const ent = this.entity(id);
      const row = el("div", {class: "cast-row", "data-entity": id});
      row.append(el("span", {class: "swatch", style: `background:${ent.color}`}), el("strong", {}, ent.name), " ");
      if (ent.kind === "person") {
        const pose = this.select("pose", ["", ...this.data.poses], this.poses[id]?.pose || "",
                                 {"": "pose as planned"});
        const facing = this.select("facing", ["front", "left", "right"], this.poses[id]?.facing || "front");
        const pick = () => {
          if (pose.value) this.poses[id] = {pose: pose.value, facing: facing.value};
          else delete this.poses[id];
          this.status.textContent = "unsaved changes (the pose is drawn when saved)";
        };
        pose.addEventListener("change", pick);
        facing.addEventListener("change", pick);
        row.append(pose, facing, " ");
      }
      const swap = this.select("swap", ["", ...others], "", {"": "swap for…", ...names});
      swap.setAttribute("data-entity", id);
      swap.addEventListener("change", () => { if (swap.value) this.swap(id, swap.value); });
      const remove = el("button", {type: "button", class: "remove", "data-entity": id}, "Remove");
      remove.addEventListener("click", () => this.remove(id));
      row.append(swap, " ", remove);
      this.cast.append(row);
    }
    if (others.length) {
      const row = el("div", {class: "cast-row add-row"});
      const pick = this.select("add-entity", others, others[0], names);
      const add = el("button", {type: "button", class: "add"}, "Add to shot");
      add.addEventListener("click", () => this.add(pick.value));
      row.append(pick, " ", add);
      this.cast.append(row);
    }
  }

  swap(old, replacement) {
    const person = this.entity(replacement).kind === "person";
    const reshape = person && this.entity(old).kind !== "person";
    for (const row of this.keyframes) {
      for (const o of row) {
        if (o.entity !== old) continue;
        o.entity = replacement;
        o.keypoints = null;   // the server poses a person who comes in (standing, or the pose picked)
        if (reshape) {        // a thing's box made a person's: as tall, a standing body's width, feet in place
          const [x0, y0, x1, y1] = o.box, cx = (x0 + x1) / 2;
          const w = Math.min(1, (y1 - y0) * 0.36 * this.H / this.W);
          const left = clamp(cx - w / 2, 0, 1 - w);
          o.box = [left, y0, left + w, y1].map(round4);
        }
      }
    }
    const origin = Object.keys(this.swaps).find((k) => this.swaps[k] === old) || old;
    this.swaps[origin] = replacement;
    if (this.poses[old]) { this.poses[replacement] = this.poses[old]; delete this.poses[old]; }
    this.status.textContent = `unsaved changes: ${this.entity(replacement).name} in place of ${this.entity(old).name}`;
    this.draw();
  }

  remove(id) {
    this.keyframes = this.keyframes.map((row) => row.filter((o) => o.entity !== id));
    delete this.poses[id];
    this.status.textContent = `unsaved changes: ${this.entity(id).name} taken out`;
    this.draw();
  }

  add(id) {
    const ent = this.entity(id);
    let box;
    if (ent.kind === "person") {
      const h = 0.6, w = h * 0.36 * this.H / this.W;
      box = [0.5 - w / 2, 0.95 - h, 0.5 + w / 2, 0.95];
    } else {
      box = [0.65, 0.65, 0.85, 0.9];
    }
    for (const row of this.keyframes) row.push({entity: id, box: box.map(round4), keypoints: null});
    this.status.textContent = `unsaved changes: ${ent.name} added (drag to place)`;
    this.draw();
  }

  // ---- saving -----------------------------------------------------------------------------------------------

  async save({render = false, reframe = false}) {
    const edit = {keyframes: this.keyframes.map((row) => row.map((o) => ({entity: o.entity, box: o.box}))),
                  poses: this.poses, swaps: this.swaps, render};
    if (reframe) edit.camera = {size: this.size.value, angle: this.angle.value};
    this.status.textContent = reframe ? "re-framing…" : "saving…";
    let answer, data;
    try {
      answer = await fetch(this.url(), {method: "POST", headers: {"Content-Type": "application/json"},
                                        body: JSON.stringify(edit)});
      data = await answer.json();
    } catch (err) {
      this.status.textContent = `not saved: ${err}`;
      return;
    }
    if (!answer.ok) {
      this.status.textContent = data.error || `not saved (${answer.status})`;
      this.status.classList.add("error");
      if (reframe) { this.size.value = this.data.camera.size; this.angle.value = this.data.camera.angle; }
      return;
    }
    this.status.classList.remove("error");
    if (data.url) { window.location.href = data.url; return; }
    this.setLayout(data.layout);
    this.build();
    this.status.textContent = reframe ? "re-framed and saved" : "saved";
    const panel = this.root.closest(".panel");
    const img = panel && panel.querySelector("img.drawing");
    if (img) img.src = img.src.replace(/([?&]v=)[^&]*/, `$1${Date.now()}`);
    if (panel) panel.dataset.saved = String(Date.now());
  }
}

document.addEventListener("DOMContentLoaded", () => {
  for (const details of document.querySelectorAll("details.layout")) {
    details.addEventListener("toggle", () => {
      const root = details.querySelector(".layout-editor");
      if (!details.open || root.editor) return;
      root.editor = new LayoutEditor(root);
      root.editor.load().catch((err) => { root.textContent = String(err.message || err); });
    });
  }
});
