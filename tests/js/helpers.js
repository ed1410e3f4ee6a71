// Shared fixtures for the Node tests of course/assets (run with `node --test tests/js/`).
"use strict";

const path = require("node:path");

const ASSETS = path.join(__dirname, "..", "..", "course", "assets");

// The course scripts, loaded as Node modules (each exports its pure functions when there is no window).
function asset(name) {
  return require(path.join(ASSETS, name));
}

// A small course index, as the classroom blocks put it in data-classroom-index.
function courseIndex() {
  const chapters = [
    { n: 1, key: "chapters/01-what-is-a-deepfake", title: "What is a deepfake?", questions: [["q1", "First"], ["q2", "Second"], ["q3", "Third"]] },
    { n: 2, key: "chapters/02-a-short-history", title: "A short history", questions: [["h1", "One"], ["h2", "Two"]] },
  ];
  const byNumber = Object.create(null);
  chapters.forEach((c) => { byNumber[c.n] = c; });
  return { chapters, byNumber };
}

// A try as quiz.js stores it.
function attempt(correct, confidence = null, chosen = ["a"]) {
  return { chosen, correct, confidence };
}

module.exports = { ASSETS, asset, courseIndex, attempt };
