import { benchFirefox } from './firefox';
const r = await benchFirefox(3, 1);
console.log(JSON.stringify(r, null, 1));
