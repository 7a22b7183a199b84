/** Staffing maths: Erlang C per interval and forecasts in local time mapped to real intervals. Pure: no I/O. */
export * from './erlang-c';
export * from './forecast-intervals';
export * from './units';
