import { describe, expect, it } from 'vitest';
import { decodeMessage, encodeValue, PackStreamError, Struct, type PackValue } from '../../src/bolt/packstream.js';

const bytes = (...values: number[]) => Buffer.from(values);
const u16 = (n: number) => [n >> 8, n & 0xff];
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const ascii = (text: string) => [...Buffer.from(text)];

describe('PackStream, read completely', () => {
  it.each<[string, Buffer, PackValue]>([
    ['tiny int', bytes(0x2a), 42n],
    ['negative tiny int', bytes(0xf0), -16n],
    ['INT_8', bytes(0xc8, 0x80), -128n],
    ['INT_16', bytes(0xc9, 0x01, 0x00), 256n],
    ['INT_32', bytes(0xca, ...u32(0x12345678)), 0x12345678n],
    ['INT_64', bytes(0xcb, 0x80, 0, 0, 0, 0, 0, 0, 0), -(2n ** 63n)],
    ['FLOAT_64', bytes(0xc1, 0x3f, 0xf8, 0, 0, 0, 0, 0, 0), 1.5],
    ['null, false, true', bytes(0x93, 0xc0, 0xc2, 0xc3), [null, false, true]],
    ['tiny string', bytes(0x82, ...ascii('ab')), 'ab'],
    ['STRING_8', bytes(0xd0, 3, ...ascii('abc')), 'abc'],
    ['STRING_16', bytes(0xd1, ...u16(3), ...ascii('abc')), 'abc'],
    ['STRING_32', bytes(0xd2, ...u32(3), ...ascii('abc')), 'abc'],
    ['BYTES_8/16/32', bytes(0x93, 0xcc, 1, 7, 0xcd, 0, 1, 8, 0xce, 0, 0, 0, 1, 9), [new Uint8Array([7]), new Uint8Array([8]), new Uint8Array([9])]],
    ['LIST_8/16/32', bytes(0x93, 0xd4, 1, 1, 0xd5, 0, 1, 2, 0xd6, 0, 0, 0, 1, 3), [[1n], [2n], [3n]]],
    ['tiny map', bytes(0xa1, 0x81, ...ascii('a'), 1), new Map([['a', 1n]])],
    ['MAP_8', bytes(0xd8, 1, 0x81, ...ascii('a'), 1), new Map([['a', 1n]])],
    ['MAP_16', bytes(0xd9, 0, 1, 0x81, ...ascii('a'), 1), new Map([['a', 1n]])],
    ['MAP_32', bytes(0xda, 0, 0, 0, 1, 0x81, ...ascii('a'), 1), new Map([['a', 1n]])],
    ['tiny struct', bytes(0xb1, 0x44, 0x05), new Struct(0x44, [5n])],
    ['STRUCT_8', bytes(0xdc, 1, 0x44, 0x05), new Struct(0x44, [5n])],
    ['STRUCT_16', bytes(0xdd, 0, 1, 0x44, 0x05), new Struct(0x44, [5n])],
  ])('reads %s', (_name, wire, expected) => {
    expect(decodeMessage(wire)).toEqual(expected);
  });

  it('writes each value in its shortest form, so a STRUCT_8 RUN leaves as a tiny struct', () => {
    const run = decodeMessage(bytes(0xdc, 3, 0x10, 0x81, ...ascii('x'), 0xa0, 0xd8, 0));
    expect(encodeValue(run)).toEqual(bytes(0xb3, 0x10, 0x81, ...ascii('x'), 0xa0, 0xa0));
    expect(encodeValue(300n)).toEqual(bytes(0xc9, 0x01, 0x2c));
    expect(encodeValue('a'.repeat(300))).toEqual(Buffer.concat([bytes(0xd1, 0x01, 0x2c), Buffer.from('a'.repeat(300))]));
    const value: PackValue = new Map<string, PackValue>([['list', [1n, -1000n, 2.5, 'é', null, new Uint8Array([1, 2])]], ['s', new Struct(0x58, [7n, 1.0, 2.0])]]);
    expect(decodeMessage(encodeValue(value))).toEqual(value);
  });

  it.each<[string, Buffer, RegExp]>([
    ['an unknown marker', bytes(0xc4), /0xc4 is not a PackStream marker/],
    ['a string cut short', bytes(0x85, ...ascii('ab')), /ends inside a value/],
    ['a list that claims more items than bytes', bytes(0xd6, 0xff, 0xff, 0xff, 0xff, 0x01), /ends inside a value/],
    ['bytes after the value', bytes(0x01, 0x02), /1 bytes follow/],
    ['a map key that is not a string', bytes(0xa1, 0x01, 0x02), /map key is not a string/],
    ['a map with a key twice', bytes(0xa2, 0x81, 0x61, 1, 0x81, 0x61, 2), /key "a" twice/],
    ['a string that is not UTF-8', bytes(0x82, 0xc3, 0x28), /not valid UTF-8/],
    ['values nested 65 deep', Buffer.concat([Buffer.alloc(65, 0x91), bytes(0x01)]), /deeper than 64/],
  ])('refuses %s', (_name, wire, message) => {
    expect(() => decodeMessage(wire)).toThrow(PackStreamError);
    expect(() => decodeMessage(wire)).toThrow(message);
  });
});
