// Director studio: live job progress over server-sent events, and shot-by-shot seeking of the film.
"use strict";

function describe(e) {
  // The studio sends each event in words ("Shot 3 of 12: in-betweens, level 1"); the fields stay for scripts.
  if (e.text) return e.text;
  return String(e.event || e.kind || e.type || "event").replace(/_/g, " ");
}

// Per-stage counts, rebuilt from the event stream (a job that was resumed announces its totals again).
const stages = {totals: {}, done: {}, cached: {}};

function countStage(e) {
  if (e.event === "job_started" && e.totals) {
    stages.totals = e.totals; stages.done = {}; stages.cached = {};
  } else if (e.event === "job_planned" && e.totals) {
    Object.assign(stages.totals, e.totals);
  } else if (["task_finished", "task_cached", "task_failed"].includes(e.event) && e.stage in stages.totals) {
    stages.done[e.stage] = (stages.done[e.stage] || 0) + 1;
    if (e.event === "task_cached") stages.cached[e.stage] = (stages.cached[e.stage] || 0) + 1;
  } else {
    return;
  }
  const list = document.getElementById("stages");
  list.replaceChildren(...Object.entries(stages.totals).map(([stage, total]) => {
    const li = document.createElement("li");
    li.dataset.stage = stage;
    const cached = stages.cached[stage] ? ` (${stages.cached[stage]} cached)` : "";
    li.textContent = `${stage} ${stages.done[stage] || 0}/${total}${cached}`;
    return li;
  }));
}

function followJob(section) {
  const jobId = section.dataset.job;
  const log = document.getElementById("events");
  const source = new EventSource(`/jobs/${jobId}/events`);
  let wasFinal = ["done", "failed", "cancelled"].includes(section.dataset.state);
  source.addEventListener("task", (msg) => {
    const e = JSON.parse(msg.data);
    countStage(e);
    const li = document.createElement("li");
    const kind = e.event || e.kind || e.type || "event";
    li.className = `event event-${kind}`;
    li.textContent = describe(e);
    if (e.task) li.title = e.task;
    log.appendChild(li);
  });
  source.addEventListener("status", (msg) => {
    const s = JSON.parse(msg.data);
    const percent = Math.round(s.progress * 100);
    document.getElementById("progress").value = percent;
    document.getElementById("percent").textContent = `${percent}%`;
    document.getElementById("tasks").textContent = `${s.tasks_done}/${s.tasks_total} tasks`;
    document.getElementById("cache-hits").textContent = `${s.cache_hits} cached`;
    document.getElementById("state").textContent = s.state;
    document.getElementById("queue-position").textContent =
      s.queue_position ? `position ${s.queue_position} in the queue` : "";
    const error = document.getElementById("job-error");
    if (s.error && s.state === "failed") { error.textContent = s.error; error.hidden = false; }
    section.dataset.state = s.state;
  });
  source.addEventListener("end", () => {
    source.close();
    // The film and downloads appear once the job is over: reload once to show them.
    if (!wasFinal) { wasFinal = true; window.location.reload(); }
  });
}

function wireSeek() {
  const film = document.getElementById("film");
  if (!film) return;
  for (const button of document.querySelectorAll("button.seek")) {
    button.addEventListener("click", () => {
      film.currentTime = parseFloat(button.dataset.start);
      film.play();
    });
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const section = document.getElementById("job");
  if (section) followJob(section);
  wireSeek();
});
