/*
 * Laurel skills picker: an accessible type-ahead over /skills/search (WAI-ARIA combobox with a listbox popup),
 * suggestions for the criterion from /skills/suggest, chosen skills as removable chips submitted as hidden inputs.
 */
(function () {
  'use strict';

  var SEARCH_DELAY_MS = 150;
  var SEARCH_LIMIT = 8;
  var SUGGEST_LIMIT = 6;

  function text(tag, className, value) {
    var element = document.createElement(tag);
    if (className) { element.className = className; }
    if (value !== undefined && value !== null) { element.textContent = value; }
    return element;
  }

  function SkillsPicker(root) {
    this.root = root;
    this.name = root.getAttribute('data-name');
    this.endpoint = root.getAttribute('data-endpoint') || '/skills';
    this.session = root.getAttribute('data-session');
    this.input = root.querySelector('.skills-input');
    this.filter = root.querySelector('.skills-framework-filter');
    this.listbox = root.querySelector('.skills-listbox');
    this.chips = root.querySelector('.skills-chips');
    this.status = root.querySelector('.skills-status');
    this.suggested = root.querySelector('.skills-suggested');
    this.suggestions = root.querySelector('.skills-suggestions');
    this.suggestButton = root.querySelector('.skills-suggest-button');
    this.results = [];
    this.active = -1;
    this.timer = null;
    this.pending = null;
    this.bind();
  }

  SkillsPicker.prototype.bind = function () {
    var self = this;
    this.input.addEventListener('input', function () { self.schedule(); });
    this.input.addEventListener('keydown', function (event) { self.onKey(event); });
    this.input.addEventListener('blur', function () { setTimeout(function () { self.close(); }, 120); });
    this.filter.addEventListener('change', function () { self.schedule(); });
    this.listbox.addEventListener('mousedown', function (event) { event.preventDefault(); });
    this.chips.addEventListener('click', function (event) {
      var button = event.target.closest('.skills-chip-remove');
      if (button) { self.remove(button.closest('.skills-chip')); }
    });
    if (this.criterionText()) {
      this.suggest();
    }
    if (this.criterionSource() || this.criterionText()) {
      this.suggestButton.hidden = false;
      this.suggestButton.addEventListener('click', function () { self.suggest(); });
    }
  };

  /* The request headers, with the session token of a cookieless LTI session (the skills API needs the session). */
  SkillsPicker.prototype.headers = function (headers) {
    if (this.session) { headers['X-Laurel-Session'] = this.session; }
    return headers;
  };

  SkillsPicker.prototype.criterionSource = function () {
    var holder = this.root.closest('[data-criterion-from]');
    return holder ? holder.getAttribute('data-criterion-from') : null;
  };

  SkillsPicker.prototype.criterionText = function () {
    var from = this.criterionSource();
    if (from) {
      return from.split(',').map(function (id) {
        var field = document.getElementById(id.trim());
        return field ? field.value : '';
      }).join('\n').trim();
    }
    return (this.root.getAttribute('data-criterion') || '').trim();
  };

  SkillsPicker.prototype.schedule = function () {
    var self = this;
    clearTimeout(this.timer);
    this.timer = setTimeout(function () { self.search(); }, SEARCH_DELAY_MS);
  };

  SkillsPicker.prototype.search = function () {
    var self = this;
    var query = this.input.value;
    if (!query.trim()) { this.close(); this.say(''); return; }
    if (this.pending) { this.pending.abort(); }
    this.pending = new AbortController();
    var url = this.endpoint + '/search?limit=' + SEARCH_LIMIT + '&q=' + encodeURIComponent(query)
      + (this.filter.value ? '&framework=' + encodeURIComponent(this.filter.value) : '');
    fetch(url, { headers: this.headers({ Accept: 'application/json' }), signal: this.pending.signal })
      .then(function (response) { return self.read(response); })
      .then(function (body) {
        if (body) { self.show(body.results); }
      })
      .catch(function (error) { if (error.name !== 'AbortError') { self.say('The skills search is unavailable.'); } });
  };

  SkillsPicker.prototype.read = function (response) {
    var self = this;
    return response.json().then(function (body) {
      if (response.ok) { return body; }
      self.close();
      self.say(body.message || 'The skills search refused the request.');
      return null;
    });
  };

  SkillsPicker.prototype.show = function (results) {
    var self = this;
    this.results = results;
    this.active = -1;
    this.listbox.textContent = '';
    results.forEach(function (skill, index) {
      var option = text('li', 'skills-option');
      option.id = self.name + '-option-' + index;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.setAttribute('data-uri', skill.uri);
      var line = text('span', 'skills-option-line');
      line.appendChild(text('span', 'skills-option-label', skill.label));
      line.appendChild(text('span', 'skills-framework-tag', skill.framework));
      option.appendChild(line);
      if (skill.description) { option.appendChild(text('span', 'skills-option-description', skill.description)); }
      option.addEventListener('click', function () { self.choose(skill); });
      self.listbox.appendChild(option);
    });
    var open = results.length > 0;
    this.listbox.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    this.input.removeAttribute('aria-activedescendant');
    this.say(open ? results.length + (results.length === 1 ? ' skill found.' : ' skills found.') : 'No skill matches.');
  };

  SkillsPicker.prototype.onKey = function (event) {
    var open = !this.listbox.hidden;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) { this.search(); return; }
      this.move(Math.min(this.active + 1, this.results.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (open) { this.move(Math.max(this.active - 1, 0)); }
    } else if (event.key === 'Enter') {
      if (open && this.active >= 0) {
        event.preventDefault();
        this.choose(this.results[this.active]);
      } else if (open) {
        event.preventDefault();
      }
    } else if (event.key === 'Escape') {
      if (open) { event.preventDefault(); this.close(); }
    }
  };

  SkillsPicker.prototype.move = function (index) {
    var options = this.listbox.querySelectorAll('[role="option"]');
    options.forEach(function (option, i) { option.setAttribute('aria-selected', String(i === index)); });
    this.active = index;
    if (options[index]) {
      this.input.setAttribute('aria-activedescendant', options[index].id);
      options[index].scrollIntoView({ block: 'nearest' });
    }
  };

  SkillsPicker.prototype.close = function () {
    this.listbox.hidden = true;
    this.active = -1;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  };

  SkillsPicker.prototype.has = function (uri) {
    return Array.prototype.some.call(this.chips.querySelectorAll('.skills-chip'), function (chip) {
      return chip.getAttribute('data-uri') === uri;
    });
  };

  SkillsPicker.prototype.choose = function (skill) {
    this.close();
    this.input.value = '';
    if (this.has(skill.uri)) { this.say(skill.label + ' is already chosen.'); return; }
    var chip = text('li', 'skills-chip');
    chip.setAttribute('data-uri', skill.uri);
    chip.appendChild(text('span', 'skills-chip-label', skill.label));
    chip.appendChild(text('span', 'skills-framework-tag', skill.framework));
    var remove = text('button', 'skills-chip-remove', '\u00d7');
    remove.type = 'button';
    remove.setAttribute('aria-label', 'Remove ' + skill.label);
    chip.appendChild(remove);
    var hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = this.name;
    hidden.value = skill.uri;
    chip.appendChild(hidden);
    this.chips.appendChild(chip);
    this.say(skill.label + ' added.');
    this.input.focus();
  };

  SkillsPicker.prototype.remove = function (chip) {
    var label = chip.querySelector('.skills-chip-label').textContent;
    chip.remove();
    this.say(label + ' removed.');
    this.input.focus();
  };

  SkillsPicker.prototype.suggest = function () {
    var self = this;
    var criterion = this.criterionText();
    if (!criterion) { this.say('Write the criterion first to get suggestions.'); return; }
    fetch(this.endpoint + '/suggest', {
      method: 'POST',
      headers: this.headers({ 'Content-Type': 'application/json', Accept: 'application/json' }),
      body: JSON.stringify({ text: criterion, limit: SUGGEST_LIMIT })
    })
      .then(function (response) { return self.read(response); })
      .then(function (body) { if (body) { self.showSuggestions(body.results); } })
      .catch(function () { self.say('Suggestions are unavailable.'); });
  };

  SkillsPicker.prototype.showSuggestions = function (results) {
    var self = this;
    this.suggestions.textContent = '';
    results.forEach(function (skill) {
      var item = text('li', 'skills-suggestion');
      var add = text('button', 'secondary skills-suggestion-add');
      add.type = 'button';
      add.setAttribute('data-uri', skill.uri);
      add.appendChild(text('span', 'skills-option-label', skill.label));
      add.appendChild(text('span', 'skills-framework-tag', skill.framework));
      add.setAttribute('aria-label', 'Add ' + skill.label + ' (' + skill.framework + ')');
      add.addEventListener('click', function () { self.choose(skill); });
      item.appendChild(add);
      if (skill.description) { item.appendChild(text('span', 'skills-option-description', skill.description)); }
      self.suggestions.appendChild(item);
    });
    this.suggested.hidden = results.length === 0;
  };

  SkillsPicker.prototype.say = function (message) {
    this.status.textContent = message;
  };

  function start() {
    document.querySelectorAll('[data-skills-picker]').forEach(function (root) {
      if (!root.skillsPicker) { root.skillsPicker = new SkillsPicker(root); }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
