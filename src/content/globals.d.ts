/** True in builds made with TBYP_PRACTICE=1 (wxt.config.ts `define`): the practice page is a supported site. */
declare const __TBYP_PRACTICE__: boolean;
