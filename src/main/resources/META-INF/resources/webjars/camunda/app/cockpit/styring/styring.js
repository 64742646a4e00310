// Oppfølgingsflyt's Cockpit plugins (Camunda 7.14+ frontend plugin API): the process owner's figures on the dashboard
// (cockpit.dashboard) and each case's story as a tab on a process instance (cockpit.processInstance.runtime.tab).
// Plain JavaScript, charts drawn as SVG in the page: no library, no external service. Every text from the server is
// escaped before it is put in the page (a vurdering's reason is free text).

const ROT = window.location.pathname.split('/camunda/app/')[0];
const MAL = 0.8;

function esc(s) {
  return String(s == null ? '' : s).replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}
function pst(x) {
  return x == null ? '–' : (Math.round(x * 1000) / 10).toLocaleString('nb-NO') + ' %';
}
function dato(s) {
  if (!s) return '';
  const d = String(s);
  return d.length > 10 ? d.substring(0, 10) + ' ' + d.substring(11, 16) : d;
}
async function hent(sti) {
  const svar = await fetch(ROT + sti, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!svar.ok) {
    let melding = svar.status + '';
    try { melding = (await svar.json()).detail || melding; } catch (e) { /* not json */ }
    throw new Error(melding);
  }
  return svar.json();
}

const STIL = `
.oppf { font-size: 14px; margin: 10px 0 30px; }
.oppf h2 { font-size: 20px; margin: 10px 0; }
.oppf h3 { font-size: 16px; margin: 18px 0 6px; }
.oppf .fliser { display: flex; flex-wrap: wrap; gap: 12px; }
.oppf .flis { border: 1px solid #ccc; border-radius: 4px; padding: 8px 12px; min-width: 200px; background: #fff; }
.oppf .flis .tall { font-size: 24px; font-weight: bold; }
.oppf .flis.under .tall { color: #b00020; }
.oppf .flis.over .tall { color: #1b6e20; }
.oppf table { border-collapse: collapse; margin: 4px 0; }
.oppf td, .oppf th { border-bottom: 1px solid #ddd; padding: 3px 8px; text-align: left; vertical-align: top; }
.oppf td.n, .oppf th.n { text-align: right; }
.oppf .filter { display: flex; gap: 10px; align-items: end; flex-wrap: wrap; }
.oppf .filter label { display: flex; flex-direction: column; font-weight: normal; }
.oppf .feil { color: #b00020; }
.oppf svg text { font-size: 11px; }
.oppf .rader { display: flex; flex-wrap: wrap; gap: 30px; }
`;

function stil(node) {
  const s = document.createElement('style');
  s.textContent = STIL;
  node.appendChild(s);
}

// ------------------------------------------------------------------------------------------------ charts (SVG)

/** Horizontal bars, one per row: [{navn, verdi (0..1), tekst}], with a dashed target line. */
function soyler(rader, mal, tittel) {
  const b = 460, h = 24 * rader.length + 40, x0 = 70, bredde = b - x0 - 90;
  let s = `<svg role="img" aria-label="${esc(tittel)}" width="${b}" height="${h}" xmlns="http://www.w3.org/2000/svg">`;
  rader.forEach((r, i) => {
    const y = 20 + i * 24;
    const w = r.verdi == null ? 0 : Math.max(1, r.verdi * bredde);
    const farge = mal != null && r.verdi != null && r.verdi < mal ? '#c0392b' : '#2e7d32';
    s += `<text x="${x0 - 6}" y="${y + 14}" text-anchor="end">${esc(r.navn)}</text>`;
    s += `<rect x="${x0}" y="${y}" width="${w}" height="18" fill="${farge}"><title>${esc(r.tekst)}</title></rect>`;
    s += `<text x="${x0 + w + 4}" y="${y + 14}">${esc(r.tekst)}</text>`;
  });
  if (mal != null) {
    const x = x0 + mal * bredde;
    s += `<line x1="${x}" y1="12" x2="${x}" y2="${h - 14}" stroke="#333" stroke-dasharray="4 3"/>`;
    s += `<text x="${x}" y="${h - 2}" text-anchor="middle">mål ${pst(mal)}</text>`;
  }
  return s + '</svg>';
}

/** Count bars: [{navn, antall, tekst}]. */
function antallSoyler(rader, tittel) {
  const maks = Math.max(1, ...rader.map(r => r.antall));
  return soyler(rader.map(r => ({navn: r.navn, verdi: r.antall / maks, tekst: r.tekst})), null, tittel);
}

/** Two lines over the weeks: ours (andelAvUke4) and Tabell 4.2's. */
function kurve(punkter) {
  const b = 480, h = 240, x0 = 45, y0 = 200, bredde = 400, hoyde = 170;
  const uker = punkter.map(p => p.uke);
  const x = u => x0 + (u - 4) / (52 - 4) * bredde;
  const y = v => y0 - v * hoyde;
  let s = `<svg role="img" aria-label="Andel fortsatt sykmeldt" width="${b}" height="${h}" xmlns="http://www.w3.org/2000/svg">`;
  [0, 0.25, 0.5, 0.75, 1].forEach(v => {
    s += `<line x1="${x0}" x2="${x0 + bredde}" y1="${y(v)}" y2="${y(v)}" stroke="#eee"/>`;
    s += `<text x="${x0 - 4}" y="${y(v) + 4}" text-anchor="end">${v * 100} %</text>`;
  });
  uker.forEach(u => { s += `<text x="${x(u)}" y="${y0 + 16}" text-anchor="middle">${u}</text>`; });
  s += `<text x="${x0 + bredde / 2}" y="${y0 + 32}" text-anchor="middle">uke</text>`;
  const linje = (verdier, farge, strek) => {
    const p = verdier.filter(v => v[1] != null).map(v => `${x(v[0])},${y(v[1])}`).join(' ');
    let l = `<polyline points="${p}" fill="none" stroke="${farge}" stroke-width="2" ${strek}/>`;
    verdier.filter(v => v[1] != null).forEach(v => {
      l += `<circle cx="${x(v[0])}" cy="${y(v[1])}" r="3" fill="${farge}"><title>uke ${v[0]}: ${pst(v[1])}</title></circle>`;
    });
    return l;
  };
  s += linje(punkter.map(p => [p.uke, p.tabell42AndelAvUke4]), '#888', 'stroke-dasharray="5 3"');
  s += linje(punkter.map(p => [p.uke, p.andelAvUke4]), '#1565c0', '');
  s += `<rect x="${x0 + bredde - 150}" y="8" width="10" height="3" fill="#1565c0"/><text x="${x0 + bredde - 136}" y="13">Perioden</text>`;
  s += `<rect x="${x0 + bredde - 150}" y="22" width="10" height="3" fill="#888"/><text x="${x0 + bredde - 136}" y="27">Tabell 4.2</text>`;
  return s + '</svg>';
}

// ------------------------------------------------------------------------------------------------ the dashboard

const VARSELSTATUS = {PLANLAGT: 'Planlagt', SENDER: 'Sendes', SENDT: 'Sendt', FEILET: 'Feilet', STOPPET: 'Stoppet',
  MANGLER_ADRESSE: 'Mangler adresse'};

function flis(navn, a, mal) {
  const klasse = mal == null || a.andel == null ? '' : a.andel >= mal ? 'over' : 'under';
  return `<div class="flis ${klasse}"><div>${esc(navn)}</div><div class="tall">${pst(a.andel)}</div>
    <div>${a.teller} av ${a.nevner}${mal != null ? ' · mål ' + pst(mal) : ''}</div></div>`;
}

function tegnTall(ut, d) {
  const t = d.totalt;
  const kontorer = d.perKontor;
  let h = `<p>Frister i ${esc(d.fra)} – ${esc(d.til)} som er passert (beregnet ${esc(d.beregnetDato)}), `
    + `${d.enhet ? 'NAV-kontor ' + esc(d.enhet) : 'hele landet'}.
    <a href="${esc(ROT)}/api/styring/nokkeltall.csv?${esc(ut.dataset.sporring)}">Last ned som CSV</a></p>`;
  h += '<div class="fliser">' + flis('Dialogmøte 2 innen 26 uker', t.dialogmote2, MAL)
    + flis('Oppfølgingsplan innen uke 4', t.oppfolgingsplan) + flis('Dialogmøte 1 innen uke 7', t.dialogmote1)
    + flis('Aktivitetskrav vurdert innen stoppunkt', t.aktivitetskravVurdert) + '</div>';
  h += '<div class="rader"><div><h3>Dialogmøte 2 innen 26 uker per kontor</h3>'
    + (kontorer.length ? soyler(kontorer.map(k => ({navn: k.enhet, verdi: k.dialogmote2.andel,
      tekst: k.dialogmote2.nevner ? `${pst(k.dialogmote2.andel)} (${k.dialogmote2.teller}/${k.dialogmote2.nevner})` : 'ingen saker'})),
      MAL, 'Dialogmøte 2 per kontor') : '<p>Ingen saker.</p>') + '</div>';
  h += '<div><h3>Andel fortsatt sykmeldt, av dem som var sykmeldt i uke 4</h3>' + kurve(t.milepaeler)
    + '<table><tr><th>Uke</th><th class="n">Sykmeldt</th><th class="n">Saker</th><th class="n">Andel</th>'
    + '<th class="n">Av uke 4</th><th class="n">Tabell 4.2</th></tr>'
    + t.milepaeler.map(p => `<tr><td>${p.uke}</td><td class="n">${p.teller}</td><td class="n">${p.nevner}</td>
      <td class="n">${pst(p.andel)}</td><td class="n">${pst(p.andelAvUke4)}</td><td class="n">${pst(p.tabell42AndelAvUke4)}</td></tr>`).join('')
    + '</table></div></div>';
  h += '<div class="rader"><div><h3>Forfalte oppgaver per kontor (nå)</h3>'
    + (kontorer.length ? antallSoyler(kontorer.map(k => ({navn: k.enhet, antall: k.oppgaver.forfalte,
      tekst: `${k.oppgaver.forfalte} av ${k.oppgaver.apne}${k.oppgaver.eldsteForfalte ? ', eldste ' + k.oppgaver.eldsteForfalte : ''}`})),
      'Forfalte oppgaver per kontor') : '') + `<p>Åpne oppgaver: ${t.oppgaver.apne}, forfalte: ${t.oppgaver.forfalte}`
    + (t.oppgaver.eldsteForfalte ? `, eldste forfalte: ${esc(t.oppgaver.eldsteForfalte)}` : '') + '</p>'
    + '<table><tr><th>Oppgave</th><th class="n">Åpne</th><th class="n">Forfalte</th><th>Eldste forfalte</th></tr>'
    + t.oppgaver.perType.map(o => `<tr><td>${esc(o.navn)}</td><td class="n">${o.apne}</td><td class="n">${o.forfalte}</td><td>${esc(o.eldsteForfalte || '')}</td></tr>`).join('')
    + '</table><h3>Per veileder</h3><table><tr><th>Veileder</th><th class="n">Åpne</th><th class="n">Forfalte</th></tr>'
    + t.oppgaver.perVeileder.slice(0, 15).map(o => `<tr><td>${esc(o.navn)}</td><td class="n">${o.apne}</td><td class="n">${o.forfalte}</td></tr>`).join('')
    + '</table></div>';
  const problemer = t.varsler.perTypeOgStatus.filter(v => v.status === 'FEILET' || v.status === 'MANGLER_ADRESSE');
  h += '<div><h3>Varsler i perioden</h3><table><tr>' + Object.keys(VARSELSTATUS).map(s => `<th class="n">${VARSELSTATUS[s]}</th>`).join('')
    + '</tr><tr>' + Object.keys(VARSELSTATUS).map(s => `<td class="n">${t.varsler.perStatus[s] || 0}</td>`).join('') + '</tr></table>'
    + (problemer.length ? '<h3 class="feil">Varsler som ikke kom fram</h3><table><tr><th>Type</th><th>Status</th><th class="n">Antall</th></tr>'
      + problemer.map(v => `<tr><td>${esc(v.type)}</td><td>${VARSELSTATUS[v.status]}</td><td class="n">${v.antall}</td></tr>`).join('') + '</table>'
      : '<p>Ingen varsler feilet eller manglet adresse.</p>')
    + '<h3>Aktivitetskrav: utfall av vurderingene i perioden</h3><table><tr><th>Utfall</th><th>Årsak</th><th class="n">Antall</th></tr>'
    + t.aktivitetskrav.utfall.map(u => `<tr><td>${esc(u.utfall)}</td><td>${esc(u.arsak || '')}</td><td class="n">${u.antall}</td></tr>`).join('')
    + `</table><p>${t.aktivitetskrav.vurderinger} vurderinger, ${t.aktivitetskrav.trukketTilbake} trukket tilbake.</p>`
    + `<h3>AAP</h3><p>Åpne saker: ${t.aap.apneSaker} · oppfølging etter 6 måneder forfalt: ${t.aap.oppfolgingForfalt} · avsluttet i perioden: ${t.aap.avsluttet}</p>`
    + '<table><tr><th>Steg</th><th class="n">Saker</th><th class="n">Snittalder (dager)</th></tr>'
    + t.aap.perSteg.map(s => `<tr><td>${esc(s.steg)}</td><td class="n">${s.antall}</td><td class="n">${s.snittAlderDager}</td></tr>`).join('')
    + '</table></div></div>';
  ut.innerHTML = h;
}

function dashbord(node) {
  node.innerHTML = '';
  stil(node);
  const rot = document.createElement('div');
  rot.className = 'oppf';
  rot.id = 'oppfolgingsflyt-nokkeltall';
  const naa = new Date();
  const til = naa.toISOString().substring(0, 7);
  const fra = new Date(naa.getFullYear(), naa.getMonth() - 11, 2).toISOString().substring(0, 7);
  rot.innerHTML = `<h2>Sykefraværsoppfølging: nøkkeltall</h2>
    <form class="filter"><label>NAV-kontor<input name="enhet" size="6" placeholder="alle" pattern="\\d{4}"></label>
    <label>Fra måned<input name="fra" type="month" value="${fra}"></label>
    <label>Til måned<input name="til" type="month" value="${til}"></label>
    <button class="btn btn-default" type="submit">Vis</button></form><div class="innhold">Henter …</div>`;
  node.appendChild(rot);
  const skjema = rot.querySelector('form');
  const ut = rot.querySelector('.innhold');
  const vis = async () => {
    const p = new URLSearchParams();
    ['enhet', 'fra', 'til'].forEach(n => { const v = skjema.elements[n].value.trim(); if (v) p.set(n, v); });
    ut.dataset.sporring = p.toString();
    ut.textContent = 'Henter …';
    try {
      tegnTall(ut, await hent('/api/styring/nokkeltall?' + p.toString()));
    } catch (e) {
      ut.innerHTML = `<p class="feil">Kunne ikke hente nøkkeltallene: ${esc(e.message)}</p>`;
    }
  };
  skjema.addEventListener('submit', e => { e.preventDefault(); vis(); });
  vis();
}

// ------------------------------------------------------------------------------------------------ the case's story

const HENDELSER = {SYKMELDING_MOTTATT: 'Sykmelding mottatt', TILFELLE_ENDRET: 'Tilfellet endret', VURDERING: 'Vurdering',
  VURDERING_TRUKKET_TILBAKE: 'Vurdering trukket tilbake', ARBEIDSGIVER_BEKREFTET: 'Arbeidsgiver bekreftet',
  MOTEBEHOV: 'Møtebehov', DIALOGMOTE_SVAR: 'Svar på innkalling', SVAR_39_UKER: 'Svar på 39-ukersbrevet',
  OPPGAVE_ESKALERT: 'Oppgave eskalert til teamleder', DIALOGMOTE2_FRIST_BRUTT: 'Frist for dialogmøte 2 brutt',
  FRISKMELDT: 'Friskmeldt', SAK_AVSLUTTET: 'Sak avsluttet', AEV_STARTET: 'Arbeidsevnevurdering startet',
  AEV_AVSLUTTET: 'Arbeidsevnevurdering avsluttet', VEDTAK_14A: '§ 14 a-vedtak', VILKAR_VURDERT: 'AAP-vilkår vurdert',
  EGENVURDERING_MOTTATT: 'Egenvurdering mottatt', LEGEERKLAERING_MOTTATT: 'Legeerklæring mottatt',
  MELDEKORT_MOTTATT: 'Meldekort mottatt', BRUDD_AKTIVITETSPLIKT: 'Brudd på aktivitetsplikten'};
const FRISTSTATUS = {OPPFYLT: 'Oppfylt', IKKE_OPPFYLT: 'Ikke oppfylt', KOMMENDE: 'Kommende',
  IKKE_AKTUELL: 'Ikke aktuell (ikke sykmeldt da)', PASSERT: 'Passert'};

async function historikk(node, processInstanceId, api) {
  node.innerHTML = '';
  stil(node);
  const rot = document.createElement('div');
  rot.className = 'oppf';
  rot.id = 'oppfolgingsflyt-historikk';
  rot.textContent = 'Henter …';
  node.appendChild(rot);
  try {
    const motor = ROT + '/camunda/api/engine/engine/' + encodeURIComponent((api && api.engine) || 'default');
    let instans = await fetch(motor + '/process-instance/' + encodeURIComponent(processInstanceId),
      {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    if (!instans.ok) {
      instans = await fetch(motor + '/history/process-instance/' + encodeURIComponent(processInstanceId),
        {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    }
    const ref = (await instans.json()).businessKey;
    if (!ref) {
      rot.textContent = 'Instansen har ingen saksreferanse.';
      return;
    }
    const h = await hent('/api/styring/saker/' + encodeURIComponent(ref) + '/historikk');
    const linjer = [];
    h.hendelser.forEach(e => linjer.push({tid: e.tidspunkt, hva: HENDELSER[e.type] || e.type,
      detalj: [e.kode, e.begrunnelse].filter(x => x).join(' – '), av: e.utfortAv || ''}));
    h.frister.forEach(f => linjer.push({tid: f.dato, hva: 'Frist: ' + f.milepael,
      detalj: (FRISTSTATUS[f.status] || f.status) + (f.oppfylt ? ' (' + f.oppfylt + ')' : ''), av: ''}));
    h.varsler.forEach(v => linjer.push({tid: v.sendt || v.planlagt || v.frist, hva: 'Varsel: ' + v.type,
      detalj: (VARSELSTATUS[v.status] || v.status) + ' til ' + v.mottaker + (v.forsok > 1 ? `, ${v.forsok} forsøk` : ''), av: ''}));
    linjer.sort((a, b) => String(a.tid || '').localeCompare(String(b.tid || '')));
    rot.innerHTML = `<h2>Sak ${esc(h.saksreferanse)}</h2>
      <p>NAV-kontor ${esc(h.enhet)} · ${esc(h.status === 'AKTIV' ? 'aktiv' : 'avsluttet')}${h.avsluttetGrunn ? ' (' + esc(h.avsluttetGrunn) + ')' : ''}
      ${h.tilfelleStart ? ' · sykmeldt fra ' + esc(h.tilfelleStart) + ' til ' + esc(h.sisteSykedag) : ''}</p>
      <table><tr><th>Dato</th><th>Hva</th><th>Detaljer</th><th>Av</th></tr>`
      + linjer.map(l => `<tr><td>${esc(dato(l.tid))}</td><td>${esc(l.hva)}</td><td>${esc(l.detalj)}</td><td>${esc(l.av)}</td></tr>`).join('')
      + '</table>';
  } catch (e) {
    rot.innerHTML = `<p class="feil">Kunne ikke hente sakens historikk: ${esc(e.message)}</p>`;
  }
}

export default [
  {
    id: 'oppfolgingsflyt.nokkeltall',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: node => dashbord(node)
  },
  {
    id: 'oppfolgingsflyt.historikk',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 100,
    properties: {label: 'Sakens historikk'},
    render: (node, {processInstanceId, api}) => historikk(node, processInstanceId, api)
  }
];
