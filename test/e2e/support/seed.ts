/** Ids from the bundled seed areas (graph-seed/areas) that the browser tests open. */

/** The explorer's URL query for Wiltshire's 2014 protocol. */
export const W2014 = '?area=wiltshire&doc=wiltshire/2014';
export const DCS = 'wiltshire/dcs';
/** "Hold the Trust Chair to account": the WSCB's line to the Trust's chair (Wiltshire 2014). */
export const HOLDS_TRUST_CHAIR =
  'wiltshire/2014:HOLDS_TO_ACCOUNT:wiltshire/wscb->wiltshire/trust-chair';
