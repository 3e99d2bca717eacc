import { html } from "hono/html";
import type { Config } from "../../config/config.js";

// The demo page of a fictional clinic, showing the one-tag embed. Its stylesheet is served separately
// (GET /demo.css) because the page's CSP allows no inline style.

export function demoPage(config: Config) {
  return html`<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${config.CLINIC_NAME} | アイザックス症候群の患者さんへ</title>
<link rel="stylesheet" href="/demo.css">
<script src="/widget.js" defer></script>
</head>
<body>
<header class="site">
  <p class="brand">${config.CLINIC_NAME}</p>
  <p class="contact">お電話 <a href="tel:${config.CLINIC_PHONE.replace(/[^0-9+]/g, "")}">${config.CLINIC_PHONE}</a><br>${config.CLINIC_HOURS}</p>
</header>
<main>
  <h1>アイザックス症候群の患者さん・ご家族の方へ</h1>
  <p>アイザックス症候群は、筋肉のぴくつきやこむら返り、こわばりなどが続く、まれな病気です。当院では、診断から治療、日常生活のご相談まで、患者さんとご家族を支えています。</p>
  <section>
    <h2>チャットで質問できます</h2>
    <p>画面右下の「チャットを開く」ボタンから、病気・検査・治療・日常生活について質問できます。当院の資料にもとづいてお答えし、答えには資料のどこに書かれているかを示します。</p>
    <ul>
      <li>診断や、お薬の量など一人ひとりの治療の判断はできません。主治医にご相談ください。</li>
      <li>氏名や連絡先などの個人情報は入力しないでください。</li>
      <li>息が苦しい、意識がおかしいなど急を要するときは、すぐに119番に電話してください。</li>
    </ul>
  </section>
  <section>
    <h2>診療時間</h2>
    <p>${config.CLINIC_HOURS}</p>
  </section>
</main>
<footer>このページはデモ用の架空のクリニックです。</footer>
</body>
</html>`;
}

export const DEMO_CSS = `*{box-sizing:border-box}
body{margin:0;font-family:"Hiragino Sans","Noto Sans JP","Noto Sans CJK JP","Yu Gothic",Meiryo,sans-serif;font-size:17px;line-height:1.8;color:#1f2328;background:#f7f9fb;line-break:strict;word-break:normal;overflow-wrap:anywhere;word-break:auto-phrase}
.site{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5em 2em;padding:1em 1.5em;background:#fff;border-bottom:4px solid #2e7d5b}
.brand{margin:0;font-size:1.3em;font-weight:700;color:#1d5c40}
.contact{margin:0;font-size:.9em}
a{color:#0a4a85}
main{max-width:46em;margin:0 auto;padding:1.5em 1.5em 7em}
h1{font-size:1.5em;line-height:1.5}
h2{font-size:1.2em;margin-top:1.8em;border-left:6px solid #2e7d5b;padding-left:.5em}
footer{padding:1.5em;text-align:center;font-size:.85em;color:#4a5560}
`;
