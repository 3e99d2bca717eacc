// `npm run ask -- "質問"`: one question through the real pipeline, printed with its citations.
import { loadNodeServices } from "../src/adapters/node/services.js";

const question = process.argv.slice(2).join(" ").trim();
if (!question) {
  console.error('Usage: npm run ask -- "子どもに遺伝しますか?"');
  process.exit(1);
}
const services = loadNodeServices();
const response = await services.chat.chat({ message: question, history: [] });
console.log(`[${response.kind}]\n${response.answer}`);
response.citations.forEach((citation, i) => {
  console.log(`\n[${i + 1}] ${citation.path.join(" › ")}  (${citation.id})\n    「${citation.quote}」`);
});
if (response.suggestions.length > 0) console.log(`\n次の質問の例: ${response.suggestions.join(" / ")}`);
