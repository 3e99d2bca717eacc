import { FONT_STEPS } from "./storage.js";

// Styles live in the shadow root, so the host page's CSS cannot reach in and ours cannot leak out.
// They are attached as a constructable stylesheet: CSP's style-src governs <style> elements (even ones
// created from script) but not constructed sheets, so the widget works under a strict host CSP with no
// 'unsafe-inline'. Browsers without constructable sheets (Safari < 16.4) get a <style> element instead.
//
// Colours were chosen for WCAG AA at the smallest text size: body #1f2328 on #fff (15.8:1), brand
// #0b5394 with white (7.8:1), emergency #a8001a with white (7.8:1), urgent #7a4f00 with white (7.1:1),
// muted #4a5560 on #fff (7.6:1).

const fontSteps = FONT_STEPS.map((px, step) => `.root[data-font="${step}"]{--fs:${px}px}`).join("");

export const CSS = `
:host{all:initial}
.root{--fs:17px;--brand:#0b5394;--brand-soft:#e8f1fa;--ink:#1f2328;--muted:#4a5560;--line:#c5ccd4;
font-size:var(--fs);line-height:1.7;color:var(--ink);color-scheme:light;
font-family:"Hiragino Sans","Hiragino Kaku Gothic ProN","Noto Sans JP","Noto Sans CJK JP","Yu Gothic UI","Yu Gothic",Meiryo,system-ui,sans-serif;
-webkit-text-size-adjust:100%;text-size-adjust:100%;
line-break:strict;word-break:normal;overflow-wrap:anywhere;word-break:auto-phrase}
${fontSteps}
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
button,textarea{font:inherit;color:inherit}
button{cursor:pointer}
:focus-visible{outline:3px solid var(--brand);outline-offset:2px}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.icon{width:1.3em;height:1.3em;fill:currentColor;flex:none}
.icon-line{width:1.2em;height:1.2em;fill:none;stroke:currentColor;stroke-width:2.6;stroke-linecap:round;stroke-linejoin:round;flex:none}
.text{white-space:pre-wrap;margin:0}

.launcher{position:fixed;right:16px;bottom:16px;z-index:2147483000;display:flex;align-items:center;gap:.5em;
min-height:56px;padding:.5em 1.2em;border:2px solid #fff;border-radius:999px;background:var(--brand);color:#fff;
font-size:17px;font-weight:700;box-shadow:0 4px 14px rgba(0,0,0,.3)}
.launcher:hover{background:#08406f}
.launcher:focus-visible{outline:3px solid #1f2328;outline-offset:3px}

.panel{position:fixed;right:16px;bottom:16px;z-index:2147483000;display:flex;flex-direction:column;
width:min(420px,calc(100vw - 32px));height:min(720px,calc(100vh - 32px));background:#fff;
border:1px solid var(--line);border-radius:14px;box-shadow:0 8px 32px rgba(0,0,0,.28);overflow:hidden}
@media (max-width:480px),(max-height:520px){.panel{inset:0;width:auto;height:auto;border:0;border-radius:0}}

.header{display:flex;align-items:center;gap:.5em;padding:.45em .5em .45em 1em;background:var(--brand);color:#fff;flex:none}
.title{flex:1;min-width:0;margin:0;font-size:1em;font-weight:700;line-height:1.35}
.title small{display:block;font-size:.78em;font-weight:400}
.title:focus{outline:none}
.header button{display:flex;align-items:center;justify-content:center;gap:.2em;min-width:44px;min-height:44px;
padding:0 .5em;border:2px solid transparent;border-radius:8px;background:transparent;color:#fff}
.header button:hover{border-color:#fff}
.header :focus-visible{outline-color:#fff}
.tools{display:flex;align-items:center;flex-wrap:wrap;gap:.35em;padding:.3em .75em;background:#f3f6f9;
border-bottom:1px solid var(--line);flex:none;font-size:.85em}
.tools .font{display:flex;align-items:center;gap:.35em}
.tools .label{color:var(--muted)}
.tools button{min-width:44px;min-height:40px;padding:0 .6em;border:1px solid var(--line);border-radius:8px;background:#fff;font-weight:700}
.tools button:disabled{color:#6b7580;background:#eef1f4;cursor:default}
.tools .clear{margin-left:auto;font-weight:400}

.pinned{flex:none;max-height:48%;overflow-y:auto;border-bottom:1px solid var(--line)}
.pinned:empty{display:none}
.banner{margin:.5em;padding:.7em .8em;border-radius:10px;border:3px solid}
.banner h3{display:flex;align-items:center;gap:.4em;margin:0 0 .3em;font-size:1.05em}
.banner .call{display:flex;flex-wrap:wrap;align-items:center;justify-content:center;gap:0 .4em;text-align:center;min-height:52px;margin:.5em 0 .3em;
padding:.3em .8em;border-radius:10px;color:#fff;font-size:1.15em;font-weight:700;text-decoration:none}
.emergency{background:#fff1f2;border-color:#a8001a;color:#4d000c}
.emergency .call{background:#a8001a}
.urgent{background:#fff8e8;border-color:#7a4f00;color:#3b2600}
.urgent .call{background:#7a4f00}
.banner .hours{margin:0 0 .3em;font-size:.9em}

.scroll{flex:1;min-height:0;overflow-y:auto;overscroll-behavior:contain;padding:.75em;position:relative}
.intro{display:grid;gap:.6em;margin-bottom:.9em}
.intro .note{margin:0;color:var(--muted);font-size:.9em}
.privacy{margin:0;padding:.5em .7em;border-left:4px solid var(--brand);background:var(--brand-soft);font-weight:700}
.log{display:grid;gap:.75em}
.msg{max-width:92%;padding:.55em .8em;border-radius:12px;min-width:0}
.user{justify-self:end;background:var(--brand-soft);border:1px solid #b9d0e8;border-bottom-right-radius:4px}
.bot{justify-self:start;background:#fff;border:1px solid var(--line);border-bottom-left-radius:4px}
.error{justify-self:stretch;max-width:none;background:#fff8e8;border:2px solid #7a4f00}
.error p{margin:0 0 .35em}
a{color:#0a4a85}
.text a[href^="tel:"],.number,.glue{white-space:nowrap}
.bot a,.error a{font-weight:700}
.cite{margin:0 .05em;padding:0 .1em;border:0;background:none;color:#0a4a85;font-size:.85em;font-weight:700;
text-decoration:underline;text-underline-offset:.15em;vertical-align:.3em;line-height:1}
.sources{margin:.6em 0 0;padding:0;list-style:none;display:grid;gap:.3em;font-size:.9em}
.sources summary{cursor:pointer;min-height:40px;padding:.35em .4em;border-radius:6px;color:#0a4a85;font-weight:700}
.sources summary:hover{background:var(--brand-soft)}
.sources .path{margin:.2em .4em;color:var(--muted);font-size:.9em}
.sources blockquote{margin:.2em .4em .5em;padding:.4em .6em;border-left:4px solid var(--line);background:#f6f8fa}
.sources .review{margin-left:.5em;padding:.05em .45em;border-radius:4px;background:#fff4d6;color:#6b4500;font-weight:400;font-size:.85em}
.chips{display:flex;flex-wrap:wrap;gap:.4em;margin:.6em 0 0;padding:0;list-style:none}
.chips-label{margin:.6em 0 0;color:var(--muted);font-size:.85em}
.chip{min-height:44px;padding:.35em .9em;border:2px solid var(--brand);border-radius:22px;background:#fff;color:var(--brand);
text-align:left;line-height:1.45}
.chip:hover{background:var(--brand-soft)}
.retry{min-height:44px;padding:.3em 1.2em;border:0;border-radius:8px;background:var(--brand);color:#fff;font-weight:700}

.typing{display:flex;align-items:center;gap:.5em;padding:.4em .2em;color:var(--muted);font-size:.9em}
.typing:empty{display:none}
.dots{display:inline-flex;gap:4px}
.dots i{width:8px;height:8px;border-radius:50%;background:var(--brand);animation:blink 1.2s infinite ease-in-out}
.dots i:nth-child(2){animation-delay:.2s}.dots i:nth-child(3){animation-delay:.4s}
@keyframes blink{0%,80%,100%{opacity:.25}40%{opacity:1}}
@media (prefers-reduced-motion:reduce){.dots i{animation:none;opacity:.7}}

.composer{flex:none;padding:.5em .75em .6em;border-top:1px solid var(--line);background:#fff}
.row{display:flex;gap:.5em;align-items:flex-end}
textarea{flex:1;min-width:0;min-height:2.9em;max-height:8em;padding:.45em .6em;border:2px solid #6b7580;border-radius:10px;
resize:none;font-size:max(16px,1em);line-height:1.5;background:#fff}
textarea:focus-visible{outline-offset:0}
textarea::placeholder{color:#5f6b76;opacity:1}
.send{display:flex;align-items:center;gap:.3em;flex:none;min-height:2.9em;padding:0 1em;border:0;border-radius:10px;
background:var(--brand);color:#fff;font-weight:700}
.send[aria-disabled="true"]{background:#6b7580}
.hint{margin:.3em 0 0;color:var(--muted);font-size:.8em}
@media (pointer:coarse),(max-width:480px){.hint .keys{display:none}}
`;

export function attachStyles(shadow: ShadowRoot): void {
  if ("adoptedStyleSheets" in shadow && typeof CSSStyleSheet.prototype.replaceSync === "function") {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    shadow.adoptedStyleSheets = [sheet];
    return;
  }
  const style = document.createElement("style");
  style.textContent = CSS;
  shadow.appendChild(style);
}
