// opencc-js exposes its raw dictionaries through the "./*" export without type declarations;
// each is one string of "from to|from to" pairs.
declare module 'opencc-js/dict/*' {
  const pairs: string;
  export default pairs;
}
