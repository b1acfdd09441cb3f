import {describeNumber, type Field, type Values} from './fields';
import {formatCount, formatGigabytes, formatMoney, formatNumber, formatPercent} from './format';
import {complete, type Report} from './report';

/**
 * Capacity from traffic: the arithmetic of the estimation lesson (/foundations/estimation), from
 * daily users to peak load, devices, memory and dollars. One function per formula.
 */

export const SECONDS_PER_DAY = 86_400;
/** 365 × 24 / 12, the month the lessons price in. */
export const HOURS_PER_MONTH = 730;

export const requestsPerDay = (dailyUsers: number, requestsPerUser: number): number => dailyUsers * requestsPerUser;
export const averageQps = (requestsADay: number): number => requestsADay / SECONDS_PER_DAY;
export const peakQps = (average: number, peakFactor: number): number => average * peakFactor;
/** Work items a second (candidates scored, embeddings computed) for a request rate. */
export const workPerSecond = (qps: number, workPerRequest: number): number => qps * workPerRequest;
/** Devices busy all the time, as a fraction: peak load ÷ throughput per device. */
export const devicesAtFullUse = (peakWork: number, perDeviceThroughput: number): number => peakWork / perDeviceThroughput;
/** Devices to buy: peak load ÷ (throughput × target utilisation), rounded up. */
export const devicesNeeded = (peakWork: number, perDeviceThroughput: number, utilisation: number): number =>
  Math.ceil(peakWork / (perDeviceThroughput * utilisation) - 1e-9);
/** Bytes for a table of vectors or features: entities × values each × bytes per value. */
export const tableBytes = (entities: number, valuesPerEntity: number, bytesPerValue: number): number =>
  entities * valuesPerEntity * bytesPerValue;
export const monthlyCost = (devices: number, pricePerHour: number): number => devices * pricePerHour * HOURS_PER_MONTH;
/** Dollars per 1,000 requests: a day of the fleet over a day of requests. */
export const costPerThousandRequests = (devices: number, pricePerHour: number, requestsADay: number): number =>
  ((devices * pricePerHour * 24) / requestsADay) * 1000;

export const CAPACITY_FIELDS: readonly Field[] = [
  {kind: 'number', key: 'dailyUsers', label: 'Daily active users', rule: {min: 0, minInclusive: false, max: 1e10, integer: true}},
  {kind: 'number', key: 'requestsPerUser', label: 'Requests per user per day', rule: {min: 0, minInclusive: false, max: 1e5}},
  {kind: 'number', key: 'peakFactor', label: 'Peak factor', unit: '× average', hint: 'Peak QPS ÷ average QPS', rule: {min: 1, max: 1000}},
  {kind: 'number', key: 'workPerRequest', label: 'Work per request', unit: 'items', hint: 'e.g. candidates scored per request', rule: {min: 0, minInclusive: false, max: 1e7}},
  {kind: 'number', key: 'deviceThroughput', label: 'Throughput per device', unit: 'items/s', hint: 'measured in a load test, within the latency budget', rule: {min: 0, minInclusive: false, max: 1e12}},
  {kind: 'number', key: 'utilisation', label: 'Target utilisation', unit: '%', rule: {min: 0, minInclusive: false, max: 100}},
  {kind: 'number', key: 'entities', label: 'Entities stored', unit: 'items or users', rule: {min: 0, minInclusive: false, max: 1e13, integer: true}},
  {kind: 'number', key: 'valuesPerEntity', label: 'Values per entity', unit: 'dimensions or features', rule: {min: 0, minInclusive: false, max: 1e6, integer: true}},
  {kind: 'number', key: 'bytesPerValue', label: 'Bytes per value', hint: 'fp32 4, fp16 2, int8 1', rule: {min: 0, minInclusive: false, max: 64}},
  {kind: 'number', key: 'pricePerHour', label: 'Price per device-hour', unit: '$', rule: {min: 0, max: 1e4}},
];

export const CAPACITY_GROUPS = [
  {legend: 'Traffic', keys: ['dailyUsers', 'requestsPerUser', 'peakFactor']},
  {legend: 'Work and devices', keys: ['workPerRequest', 'deviceThroughput', 'utilisation', 'pricePerHour']},
  {legend: 'Memory for embeddings or features', keys: ['entities', 'valuesPerEntity', 'bytesPerValue']},
] as const;

export type CapacityInputs = {
  dailyUsers: number;
  requestsPerUser: number;
  peakFactor: number;
  workPerRequest: number;
  deviceThroughput: number;
  /** Percent. */
  utilisation: number;
  entities: number;
  valuesPerEntity: number;
  bytesPerValue: number;
  pricePerHour: number;
};

export type CapacityResults = {
  requestsADay: number;
  average: number;
  peak: number;
  averageWork: number;
  peakWork: number;
  fullUse: number;
  devices: number;
  bytes: number;
  perMonth: number;
  perThousand: number;
};

export function capacityResults(inputs: CapacityInputs): CapacityResults {
  const requestsADay = requestsPerDay(inputs.dailyUsers, inputs.requestsPerUser);
  const average = averageQps(requestsADay);
  const peak = peakQps(average, inputs.peakFactor);
  const peakWork = workPerSecond(peak, inputs.workPerRequest);
  const devices = devicesNeeded(peakWork, inputs.deviceThroughput, inputs.utilisation / 100);
  return {
    requestsADay,
    average,
    peak,
    averageWork: workPerSecond(average, inputs.workPerRequest),
    peakWork,
    fullUse: devicesAtFullUse(peakWork, inputs.deviceThroughput),
    devices,
    bytes: tableBytes(inputs.entities, inputs.valuesPerEntity, inputs.bytesPerValue),
    perMonth: monthlyCost(devices, inputs.pricePerHour),
    perThousand: costPerThousandRequests(devices, inputs.pricePerHour, requestsADay),
  };
}

/** `device` names the machine in the results ("GPU", "CPU server"). */
export function capacityReport(values: Values, device = 'device'): Report {
  const inputs = values as unknown as CapacityInputs;
  const r = capacityResults(inputs);
  const n = describeNumber;
  const devices = `${device}s`;
  const gib = r.bytes / 2 ** 30;
  return complete(
    [
      {
        title: 'Load',
        lines: [
          {key: 'requestsADay', label: 'Requests a day', value: formatCount(r.requestsADay), formula: 'daily users × requests per user', working: `${n(inputs.dailyUsers)} × ${n(inputs.requestsPerUser)} = ${formatCount(r.requestsADay)}`},
          {key: 'average', label: 'Average QPS', value: `${formatNumber(r.average)} requests/s`, formula: 'requests a day ÷ 86,400 s', working: `${formatCount(r.requestsADay)} ÷ 86,400 ≈ ${formatNumber(r.average)}`},
          {key: 'peak', label: 'Peak QPS', value: `${formatNumber(r.peak)} requests/s`, formula: 'average QPS × peak factor', working: `${formatNumber(r.average)} × ${n(inputs.peakFactor)} ≈ ${formatNumber(r.peak)}`},
          {key: 'peakWork', label: 'Peak work', value: `${formatNumber(r.peakWork)} items/s`, formula: 'peak QPS × work per request', working: `${formatNumber(r.peak)} × ${n(inputs.workPerRequest)} ≈ ${formatNumber(r.peakWork)} (average ${formatNumber(r.averageWork)})`},
        ],
      },
      {
        title: 'Devices and cost',
        lines: [
          {key: 'fullUse', label: `${devices} at 100% use`, value: formatNumber(r.fullUse), formula: 'peak work ÷ throughput per device', working: `${formatNumber(r.peakWork)} ÷ ${n(inputs.deviceThroughput)} ≈ ${formatNumber(r.fullUse)}`},
          {key: 'devices', label: `${devices} needed`, value: formatCount(r.devices), formula: 'peak work ÷ (throughput × target utilisation), rounded up', working: `${formatNumber(r.peakWork)} ÷ (${n(inputs.deviceThroughput)} × ${formatPercent(inputs.utilisation / 100)}) → ${formatCount(r.devices)}`},
          {key: 'perMonth', label: 'Cost a month', value: formatMoney(r.perMonth), formula: `${devices} × price per hour × 730 hours`, working: `${formatCount(r.devices)} × ${formatMoney(inputs.pricePerHour)} × 730 = ${formatMoney(r.perMonth)}`},
          {key: 'perThousand', label: 'Cost per 1,000 requests', value: formatMoney(r.perThousand), formula: `${devices} × price per hour × 24 h ÷ requests a day × 1,000`, working: `${formatCount(r.devices)} × ${formatMoney(inputs.pricePerHour)} × 24 ÷ ${formatCount(r.requestsADay)} × 1,000 ≈ ${formatMoney(r.perThousand)}`},
        ],
      },
      {
        title: 'Memory',
        lines: [
          {key: 'bytes', label: 'Memory for the table', value: formatGigabytes(r.bytes), formula: 'entities × values each × bytes per value', working: `${n(inputs.entities)} × ${n(inputs.valuesPerEntity)} × ${n(inputs.bytesPerValue)} B = ${formatGigabytes(r.bytes)} (${formatNumber(gib)} GiB), one replica`},
        ],
      },
    ],
    `Peak ${formatNumber(r.peak)} requests a second; ${formatCount(r.devices)} ${r.devices === 1 ? device : devices}, ${formatMoney(r.perMonth)} a month; ${formatGigabytes(r.bytes)} of memory.`,
    Object.values(r),
    'dailyUsers',
  );
}
