/** The words every activity paid by the fund must carry (资助标识). rule R23 */
export const LOTTERY_FUNDED_LABEL = '彩票公益金资助';
