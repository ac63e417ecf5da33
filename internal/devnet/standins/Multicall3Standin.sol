// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title Stand-in for Multicall3 on the devnet's L1.
/// @notice Ethereum and its testnets have Multicall3 at
/// 0xcA11bde05977b3631167028862bE2a173976CA11 (deployed from a presigned
/// transaction); a fresh anvil does not. This contract answers aggregate3
/// with the same ABI and rules: each call is made in order, a failing call
/// reverts the whole aggregate unless its allowFailure is set, and each
/// result is (success, returnData). The devnet puts its runtime code at
/// that address with anvil_setCode.
contract Multicall3Standin {
    struct Call3 {
        address target;
        bool allowFailure;
        bytes callData;
    }

    struct Result {
        bool success;
        bytes returnData;
    }

    function aggregate3(Call3[] calldata calls) external payable returns (Result[] memory returnData) {
        returnData = new Result[](calls.length);
        for (uint256 i = 0; i < calls.length; i++) {
            (bool success, bytes memory ret) = calls[i].target.call(calls[i].callData);
            require(success || calls[i].allowFailure, "Multicall3: call failed");
            returnData[i] = Result(success, ret);
        }
    }
}
